package org.tenfold.progress;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.SecretTokens;
import org.tenfold.platform.StaleDataException;
import org.tenfold.progress.ProgressReportViews.Delivery;
import org.tenfold.progress.ProgressReportViews.IssuedLink;
import org.tenfold.progress.ProgressReportViews.ReportFile;
import org.tenfold.progress.ProgressReportViews.ReportView;
import org.tenfold.report.PdfProtection;
import org.tenfold.report.ProgressReportPdf;
import org.tenfold.staff.Roles;

/**
 * A client's progress reports: generate a draft, preview it, edit its summary, release it (the PDF is
 * rendered once and kept byte for byte with its SHA-256), download it, email it encrypted or hand out a
 * one-time link. Drafts and previews are clinical: the case's counsellors and their supervisors (and, for
 * a partner's own report, only those who may use that partner's records). Front desk may list and
 * download RELEASED reports and nothing else. Every generation, view and delivery is audited.
 */
@Stateless
public class ProgressReportService {

    /** The longest period one report covers. */
    public static final int MAX_PERIOD_DAYS = 366;
    /** How long a one-time link opens. */
    public static final Duration LINK_LIFETIME = Duration.ofHours(72);
    /** The shortest password an encrypted email accepts. */
    public static final int MIN_PASSWORD = 8;

    static final String ENTITY = "ProgressReport";
    private static final ProgressReportPdf RENDERER = new ProgressReportPdf();

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    ReportContent content;

    @Inject
    ReportMail mail;

    @Inject
    ClinicProfile clinic;

    /** Announced after commit to whoever tells clients (the portal's discreet email). */
    @Inject
    jakarta.enterprise.event.Event<ReportReleased> released;

    @Resource
    SessionContext context;

    /** What a draft is asked for. */
    public record NewReport(Long caseId, LocalDate from, LocalDate to, ReportKind kind) {
    }

    /** Starts a draft for the client over the period; its content is built from the records when viewed. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ReportView generate(long clientId, NewReport request) {
        return ReportView.of(draft(clientId, request, null), true);
    }

    private ProgressReportEntry draft(long clientId, NewReport request, Long batchId) {
        access.existingClient(clientId);
        Map<String, String> errors = new LinkedHashMap<>();
        NewReport r = request == null ? new NewReport(null, null, null, null) : request;
        if (r.caseId() == null) {
            errors.put("caseId", "Choose the case the report is about.");
        }
        if (r.kind() == null) {
            errors.put("kind", "Choose INDIVIDUAL, JOINT or PARTNER_OWN.");
        }
        if (r.from() == null) {
            errors.put("from", "The period's first day is required.");
        }
        if (r.to() == null) {
            errors.put("to", "The period's last day is required.");
        }
        if (r.from() != null && r.to() != null) {
            if (r.from().isAfter(r.to())) {
                errors.put("to", "The period ends on or after its first day.");
            } else if (ChronoUnit.DAYS.between(r.from(), r.to()) >= MAX_PERIOD_DAYS) {
                errors.put("to", "A report covers at most " + MAX_PERIOD_DAYS + " days.");
            }
        }
        throwIfAny(errors);
        CareCase c = em.find(CareCase.class, r.caseId());
        if (c == null || !c.clientIds().contains(clientId)) {
            throw new InvalidInputException("caseId", "This client is not a member of that case.");
        }
        if (c.getKind() == CaseKind.INDIVIDUAL && r.kind() != ReportKind.INDIVIDUAL) {
            throw new InvalidInputException("kind", "An individual case has INDIVIDUAL reports.");
        }
        if (c.getKind() == CaseKind.COUPLE && r.kind() == ReportKind.INDIVIDUAL) {
            throw new InvalidInputException("kind", "A couple's case has JOINT reports and each partner's own (PARTNER_OWN).");
        }
        ProgressReportEntry entry = new ProgressReportEntry(clientId, c.getId(), r.kind(), r.from(), r.to(),
                access.staff().getUsername(), Instant.now(), batchId);
        requireClinical(c, entry, AuditAction.PROGRESS_REPORT_GENERATE, null);
        em.persist(entry);
        em.flush();
        audited(c, entry, AuditAction.PROGRESS_REPORT_GENERATE, entry.getKind() + " draft for " + entry.getPeriodFrom()
                + " to " + entry.getPeriodTo());
        return entry;
    }

    /** The client's reports, newest first; front desk sees the released ones only. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<ReportView> ofClient(long clientId) {
        access.existingClient(clientId);
        List<ProgressReportEntry> all = em.createNamedQuery("ProgressReportEntry.findOfClient", ProgressReportEntry.class)
                .setParameter("clientId", clientId).getResultList();
        AccessRule.Caller caller = access.caller();
        if (access.mayUseClient(caller, clientId)) {
            List<ReportView> views = all.stream().filter(r -> mayUse(caller, r)).map(r -> ReportView.of(r, true)).toList();
            audit.record(AuditAction.PROGRESS_REPORT_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                    views.size() + " progress report(s) listed");
            return views;
        }
        if (frontDesk()) {
            List<ReportView> views = all.stream().filter(ProgressReportEntry::isReleased)
                    .map(r -> ReportView.of(r, false)).toList();
            audit.record(AuditAction.PROGRESS_REPORT_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                    views.size() + " released progress report(s) listed");
            return views;
        }
        throw access.refuse(AuditAction.PROGRESS_REPORT_VIEW, "Client", clientId, List.of(clientId));
    }

    /** One report's details; front desk may read a released report's (without its summary). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ReportView get(long reportId) {
        ProgressReportEntry r = find(reportId);
        CareCase c = em.find(CareCase.class, r.getCaseId());
        boolean clinical = readable(c, r, AuditAction.PROGRESS_REPORT_VIEW);
        audited(c, r, AuditAction.PROGRESS_REPORT_VIEW, "details read");
        return ReportView.of(r, clinical);
    }

    /**
     * The PDF: a draft rendered now from the records (clinical only), or a released report's kept bytes
     * (clinical or front desk).
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ReportFile pdf(long reportId) {
        ProgressReportEntry r = find(reportId);
        CareCase c = em.find(CareCase.class, r.getCaseId());
        if (r.isReleased()) {
            readable(c, r, AuditAction.PROGRESS_REPORT_DOWNLOAD);
            audited(c, r, AuditAction.PROGRESS_REPORT_DOWNLOAD, "released PDF downloaded, SHA-256 " + r.getReleasedSha256());
            return new ReportFile(fileName(r), r.getReleasedPdf(), true);
        }
        requireClinical(c, r, AuditAction.PROGRESS_REPORT_VIEW, r.getId());
        byte[] pdf = RENDERER.render(content.build(r));
        audited(c, r, AuditAction.PROGRESS_REPORT_VIEW, "draft previewed");
        return new ReportFile(fileName(r), pdf, false);
    }

    /** The counsellor's paragraph for this report; a released report refuses (409). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ReportView editSummary(long reportId, Long expectedVersion, String summary) {
        ProgressReportEntry r = find(reportId);
        CareCase c = em.find(CareCase.class, r.getCaseId());
        requireClinical(c, r, AuditAction.PROGRESS_REPORT_UPDATE, r.getId());
        requireDraft(r);
        checkVersion(r, expectedVersion);
        if (summary != null && summary.length() > ProgressReportEntry.SUMMARY_MAX) {
            throw new InvalidInputException("summary", "A summary is at most " + ProgressReportEntry.SUMMARY_MAX
                    + " characters.");
        }
        r.editSummary(summary);
        flush();
        audited(c, r, AuditAction.PROGRESS_REPORT_UPDATE, "summary edited");
        return ReportView.of(r, true);
    }

    /** Renders the report once and keeps the bytes with their SHA-256; nothing changes it afterwards. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ReportView release(long reportId, Long expectedVersion) {
        ProgressReportEntry r = find(reportId);
        CareCase c = em.find(CareCase.class, r.getCaseId());
        requireClinical(c, r, AuditAction.PROGRESS_REPORT_RELEASE, r.getId());
        requireDraft(r);
        checkVersion(r, expectedVersion);
        byte[] pdf = RENDERER.render(content.build(r));
        String sha = ProgressReportViews.sha256(pdf);
        r.release(pdf, sha, access.staff().getUsername(), Instant.now());
        flush();
        audited(c, r, AuditAction.PROGRESS_REPORT_RELEASE, "released, " + pdf.length + " bytes, SHA-256 " + sha);
        released.fire(new ReportReleased(r.getId(), r.getKind() == ReportKind.JOINT ? c.clientIds()
                : List.of(r.getClientId())));
        return ReportView.of(r, true);
    }

    /**
     * Emails the released report to its client, AES-256 encrypted with the password agreed at intake,
     * which the counsellor types now (it is not stored). Only with the client's consent to email; the
     * subject and body say nothing about counselling.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public Delivery email(long reportId, String password) {
        ProgressReportEntry r = find(reportId);
        CareCase c = em.find(CareCase.class, r.getCaseId());
        requireClinical(c, r, AuditAction.PROGRESS_REPORT_EMAIL, reportId);
        requireReleased(r);
        if (password == null || password.isBlank() || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException("password", "Type the password agreed with the client (at least "
                    + MIN_PASSWORD + " characters).");
        }
        Client client = access.existingClient(r.getClientId());
        if (!client.isConsentEmail() || client.getEmail() == null || client.getEmail().isBlank()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This client has not agreed to email; download the report or give them a link instead.");
        }
        byte[] encrypted = PdfProtection.encrypt(r.getReleasedPdf(), password);
        String clinicName = clinic.name();
        mail.send(client.getEmail(), clinicName, "A document for you",
                "Hello " + ReportContent.firstName(client) + ",\n\nThe attached document is for you. It opens with the "
                        + "password you agreed with us.\n\n" + clinicName + "\n", "document.pdf", encrypted);
        Instant now = Instant.now();
        audit.record(AuditAction.PROGRESS_REPORT_EMAIL, AuditOutcome.SUCCESS, ENTITY, r.getId(), r.getClientId(),
                "emailed encrypted (AES-256), SHA-256 of the released file " + r.getReleasedSha256());
        return new Delivery(r.getId(), "EMAIL", client.getEmail(), now);
    }

    /** A one-time link to the released report that opens once, within {@link #LINK_LIFETIME}. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public IssuedLink link(long reportId) {
        ProgressReportEntry r = find(reportId);
        CareCase c = em.find(CareCase.class, r.getCaseId());
        requireClinical(c, r, AuditAction.PROGRESS_REPORT_LINK_CREATE, reportId);
        requireReleased(r);
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        ReportLink link = new ReportLink(r.getId(), SecretTokens.sha256(token), access.staff().getUsername(), now,
                now.plus(LINK_LIFETIME));
        em.persist(link);
        em.flush();
        audit.record(AuditAction.PROGRESS_REPORT_LINK_CREATE, AuditOutcome.SUCCESS, ENTITY, r.getId(), r.getClientId(),
                "one-time link " + link.getId() + " made, expires " + link.getExpiresAt());
        return new IssuedLink(r.getId(), token, "api/report-links/" + token, link.getExpiresAt());
    }

    // --- access

    /** Clinical callers on the case; a member's own report is that member's own record ({@link Disclosure}). */
    private void requireClinical(CareCase c, ProgressReportEntry r, AuditAction action, Object entityId) {
        AccessRule.Caller caller = access.requireCase(c, action);
        if (!access.disclosure(caller, c).mayShow(r.getOwnerClientId())) {
            throw access.refuse(action, ENTITY, entityId, List.of(r.getClientId()));
        }
    }

    private boolean mayUse(AccessRule.Caller caller, ProgressReportEntry r) {
        CareCase c = em.find(CareCase.class, r.getCaseId());
        return access.mayUseCase(caller, c) && access.disclosure(caller, c).mayShow(r.getOwnerClientId());
    }

    /**
     * A released report: clinical callers or front desk (then false: no clinical details). A draft:
     * clinical callers only; anyone else is refused and audited.
     */
    private boolean readable(CareCase c, ProgressReportEntry r, AuditAction action) {
        AccessRule.Caller caller = access.caller();
        if (mayUse(caller, r)) {
            return true;
        }
        if (r.isReleased() && frontDesk()) {
            return false;
        }
        throw access.refuse(action, ENTITY, r.getId(), List.of(r.getClientId()));
    }

    private boolean frontDesk() {
        return context.isCallerInRole(Roles.FRONT_DESK);
    }

    // --- helpers

    private ProgressReportEntry find(long id) {
        ProgressReportEntry r = em.find(ProgressReportEntry.class, id);
        if (r == null) {
            throw new NotFoundException("Progress report", id);
        }
        return r;
    }

    private void audited(CareCase c, ProgressReportEntry r, AuditAction action, String detail) {
        List<Long> clients = r.getKind() == ReportKind.JOINT ? c.clientIds() : List.of(r.getClientId());
        for (Long id : clients) {
            audit.record(action, AuditOutcome.SUCCESS, ENTITY, r.getId(), id, detail);
        }
    }

    private static void requireDraft(ProgressReportEntry r) {
        if (r.isReleased()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This report is released and cannot be changed; generate a new one.");
        }
    }

    private static void requireReleased(ProgressReportEntry r) {
        if (!r.isReleased()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "Release the report before sending it.");
        }
    }

    private static void checkVersion(ProgressReportEntry r, Long expected) {
        if (expected != null && expected != r.getVersion()) {
            throw new StaleDataException("This progress report");
        }
    }

    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException("This progress report");
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static String fileName(ProgressReportEntry r) {
        return "progress-report-" + r.getId() + "-" + r.getPeriodFrom() + "-" + r.getPeriodTo()
                + (r.isReleased() ? "" : "-draft") + ".pdf";
    }
}
