package org.tenfold.measure;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.measure.MeasureViews.DueView;
import org.tenfold.measure.MeasureViews.IssuedLink;
import org.tenfold.measure.MeasureViews.ResponseSummary;
import org.tenfold.measure.MeasureViews.ResponseView;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.staff.Roles;

/**
 * A member's questionnaire responses for the clinical staff who may use that member's records: listed with their
 * scores, read in full, typed in from paper (saved answer by answer, then sent in), corrected by a new response
 * that names the one it corrects, and opened in the room through a one-time link. Front desk learns only that a
 * questionnaire waits ({@link #due}). Every read and change is audited; answers never reach the audit trail.
 */
@Stateless
public class ResponseService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    MeasureAccess measureAccess;

    @Inject
    MeasureHistory history;

    @Inject
    InstrumentCatalogue catalogue;

    @Inject
    ResponseWork work;

    @Inject
    MeasureSettings settings;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** A response typed in from paper: which case and questionnaire, and the counsellor's note. */
    public record NewResponse(Long caseId, String instrumentCode, String comment) {
    }

    /** The client's responses the caller may see, newest first, with their scores; audited. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<ResponseSummary> ofClient(long clientId) {
        AccessRule.Caller caller = access.requireClient(clientId, AuditAction.MEASURE_VIEW, "Client", clientId);
        MeasureAccess.Disclosures d = measureAccess.disclosures(caller);
        MeasureHistory.History h = history.of(List.of(clientId));
        List<ResponseSummary> out = h.responses(r -> d.mayShow(r.getCaseId(), clientId)).stream()
                .sorted(Comparator.comparing(MeasureResponse::getCreatedAt).thenComparing(MeasureResponse::getId).reversed())
                .map(h::summary).toList();
        audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                out.size() + " questionnaire response(s) listed");
        return out;
    }

    /** One response in full: its answers, score and change from the baseline; audited. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ResponseView get(long id) {
        MeasureResponse r = find(id);
        require(r, AuditAction.MEASURE_VIEW);
        audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, MeasureAccess.ENTITY, id, r.getClientId(),
                "response read");
        return view(r);
    }

    /** Starts a response to type in from paper, on the newest version of the questionnaire. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ResponseView startPaper(long clientId, NewResponse request) {
        access.existingClient(clientId);
        NewResponse n = request == null ? new NewResponse(null, null, null) : request;
        if (n.caseId() == null) {
            throw new InvalidInputException("caseId", "Choose the case the questionnaire belongs to.");
        }
        CareCase c = em.find(CareCase.class, n.caseId());
        if (c == null || !c.clientIds().contains(clientId)) {
            throw new InvalidInputException("caseId", "This client is not a member of that case.");
        }
        measureAccess.requireMember(c, clientId, AuditAction.MEASURE_RESPONSE_START, "CareCase", c.getId());
        requireOpenCase(c);
        Instrument instrument = catalogue.requireLatest(n.instrumentCode(), "instrumentCode");
        MeasureResponse r = new MeasureResponse(c.getId(), clientId, instrument.getId(), Channel.PAPER, null,
                comment(n.comment()), access.staff().getUsername(), Instant.now());
        em.persist(r);
        em.flush();
        audit.record(AuditAction.MEASURE_RESPONSE_START, AuditOutcome.SUCCESS, MeasureAccess.ENTITY, r.getId(), clientId,
                "typed in from paper");
        return view(r);
    }

    /** Saves one answer of an open response (null value and text clear it). */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ResponseView answer(long id, int item, Integer value, String text) {
        MeasureResponse r = work.lock(id);
        require(r, AuditAction.MEASURE_ANSWER);
        work.answer(r, item, value, text, staff());
        return view(r);
    }

    /** The counsellor's note on an open response. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ResponseView comment(long id, String text) {
        MeasureResponse r = work.lock(id);
        require(r, AuditAction.MEASURE_ANSWER);
        ResponseWork.requireOpen(r);
        r.editComment(comment(text));
        em.flush();
        audit.record(AuditAction.MEASURE_ANSWER, AuditOutcome.SUCCESS, MeasureAccess.ENTITY, id, r.getClientId(),
                "note edited");
        return view(r);
    }

    /** Sends the response in; a critical answer raises the client's risk flag and an urgent task at once. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ResponseView submit(long id) {
        MeasureResponse r = work.lock(id);
        require(r, AuditAction.MEASURE_SUBMIT);
        work.submit(r, staff());
        return view(r);
    }

    /**
     * A correction: a new response on the same questionnaire version, with the submitted one's answers to change,
     * naming it. Once sent in it counts instead of the one it corrects; that one stays as it was.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ResponseView correct(long id, String why) {
        MeasureResponse original = work.lock(id);
        CareCase c = require(original, AuditAction.MEASURE_RESPONSE_START);
        requireOpenCase(c);
        if (!original.isSubmitted()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "Only a questionnaire that was sent in is corrected; this one still takes answers.");
        }
        List<MeasureResponse> existing = em.createNamedQuery("MeasureResponse.findCorrecting", MeasureResponse.class)
                .setParameter("ids", List.of(id)).getResultList();
        if (existing.stream().anyMatch(MeasureResponse::isOpen)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "A correction of this questionnaire is open"
                    + " already (response " + existing.stream().filter(MeasureResponse::isOpen).findFirst().get().getId()
                    + "): finish that one.");
        }
        if (existing.stream().anyMatch(MeasureResponse::isSubmitted)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This questionnaire has been corrected already: correct the correction instead.");
        }
        String by = access.staff().getUsername();
        Instant now = Instant.now();
        MeasureResponse fix = new MeasureResponse(original.getCaseId(), original.getClientId(),
                original.getInstrumentId(), Channel.PAPER, id, comment(why), by, now);
        em.persist(fix);
        em.flush();
        for (MeasureAnswer a : work.answers(original)) {
            em.persist(new MeasureAnswer(fix, a.getItemNumber(), a.getValue(), a.getText(), by, now));
        }
        em.flush();
        audit.record(AuditAction.MEASURE_RESPONSE_START, AuditOutcome.SUCCESS, MeasureAccess.ENTITY, fix.getId(),
                fix.getClientId(), "correction of response " + id);
        return view(fix);
    }

    /** A one-time link to an open response, to open on a device in the room; shown once. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public IssuedLink link(long id) {
        MeasureResponse r = work.lock(id);
        require(r, AuditAction.MEASURE_LINK_CREATE);
        return work.issueLink(r, settings.linkLifetime(), staff(), "made for the room");
    }

    /**
     * What front desk (and the clinical staff) may know of a client's questionnaires: that some wait, since when,
     * and whether one was started; never which, nor any answer. Audited as a view of the client.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<DueView> due(long clientId) {
        access.existingClient(clientId);
        if (!context.isCallerInRole(Roles.FRONT_DESK) && !access.mayUseClient(access.caller(), clientId)) {
            throw access.refuse(AuditAction.MEASURE_VIEW, "Client", clientId, List.of(clientId));
        }
        Instant now = Instant.now();
        List<MeasureResponse> waiting = em.createQuery("SELECT r FROM MeasureResponse r WHERE r.clientId = :client"
                + " AND r.assignmentId IS NOT NULL AND r.status = :open AND (r.linkExpiresAt IS NULL OR r.linkExpiresAt > :now) ORDER BY r.createdAt",
                MeasureResponse.class).setParameter("client", clientId).setParameter("open", ResponseStatus.OPEN)
                .setParameter("now", now).getResultList();
        java.util.Set<Long> started = waiting.isEmpty() ? java.util.Set.of() : new java.util.HashSet<>(em.createQuery(
                "SELECT DISTINCT a.responseId FROM MeasureAnswer a WHERE a.responseId IN :ids", Long.class)
                .setParameter("ids", waiting.stream().map(MeasureResponse::getId).toList()).getResultList());
        List<DueView> due = waiting.stream().map(r -> new DueView(r.getDueAt() != null ? r.getDueAt() : r.getCreatedAt(),
                started.contains(r.getId()))).toList();
        audit.record(AuditAction.MEASURE_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                due.size() + " questionnaire(s) waiting (no content)");
        return due;
    }

    // --- helpers

    private CareCase require(MeasureResponse r, AuditAction action) {
        CareCase c = measureAccess.existingCase(r.getCaseId());
        measureAccess.requireMember(c, r.getClientId(), action, MeasureAccess.ENTITY, r.getId());
        return c;
    }

    private ResponseView view(MeasureResponse r) {
        return history.of(List.of(r.getClientId())).view(em.find(MeasureResponse.class, r.getId()), Instant.now());
    }

    private ResponseWork.Actor staff() {
        return new ResponseWork.Actor(access.staff().getUsername(), null);
    }

    private MeasureResponse find(long id) {
        MeasureResponse r = em.find(MeasureResponse.class, id);
        if (r == null) {
            throw new NotFoundException("Questionnaire response", id);
        }
        return r;
    }

    private static void requireOpenCase(CareCase c) {
        if (c.getStatus() != CaseStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case is closed: reopen it first.");
        }
    }

    private static String comment(String text) {
        String c = text == null || text.isBlank() ? null : text.strip();
        if (c != null && c.length() > MeasureResponse.COMMENT_MAX) {
            throw new InvalidInputException("comment", "A note is at most " + MeasureResponse.COMMENT_MAX + " characters.");
        }
        return c;
    }
}
