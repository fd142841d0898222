package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.consent.ConsentForm;
import org.tenfold.consent.ConsentKind;
import org.tenfold.consent.ConsentRecord;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.platform.NotFoundException;
import org.tenfold.progress.ProgressReportEntry;
import org.tenfold.progress.ReportKind;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;

/**
 * What a signed-in client reads in their portal. Every record of a case passes the case's disclosure for the
 * portal ({@link PortalCallers#cases}): the couple's items and the client's own, never the other partner's own.
 * Appointments are the client's by attendance, consent decisions by their own id. Every read and download is
 * audited with the client as actor and subject. Only a portal client may call; no staff role may.
 */
@Stateless
public class MyPortal {

    static final String ENTITY = "Portal";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    PortalCallers callers;

    @Inject
    PortalWork work;

    @Inject
    PortalReads reads;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile clinic;

    /** A released report's file, with the neutral name it downloads under. */
    public record File(String name, byte[] bytes) {
    }

    @RolesAllowed(PortalRoles.CLIENT)
    public PortalViews.Me me() {
        PortalCallers.Signed me = callers.me();
        return new PortalViews.Me(me.account().getId(), me.clientId(), PortalInvitations.firstName(me.client()),
                me.account().getEmail(), me.account().hasSecondFactor());
    }

    /** The start page: the next appointments and how many things wait. */
    @RolesAllowed(PortalRoles.CLIENT)
    public PortalViews.Overview overview() {
        PortalCallers.Signed me = callers.me();
        List<CaseContext> cases = callers.cases(me);
        List<PortalViews.AppointmentView> next = reads.appointments(me);
        int documents = (int) reads.documents(me, cases).stream().filter(d -> !d.opened()).count();
        int open = (int) work.items(cases, me.clientId()).stream().filter(w -> !w.done()).count();
        int consents = reads.consents(me).size();
        int questionnaires = (int) reads.questionnaires(me, cases).stream().filter(q -> q.sentAt() == null).count();
        viewed(me, "start page");
        return new PortalViews.Overview(me(), next.stream().limit(3).toList(), documents, open, consents,
                questionnaires);
    }

    @RolesAllowed(PortalRoles.CLIENT)
    public List<PortalViews.AppointmentView> appointments() {
        PortalCallers.Signed me = callers.me();
        List<PortalViews.AppointmentView> out = reads.appointments(me);
        viewed(me, "appointments");
        return out;
    }

    @RolesAllowed(PortalRoles.CLIENT)
    public List<PortalViews.DocumentView> documents() {
        PortalCallers.Signed me = callers.me();
        List<PortalViews.DocumentView> out = reads.documents(me, callers.cases(me));
        viewed(me, "documents");
        return out;
    }

    /** A released report the client may have, byte for byte as released; audited as a download. */
    @RolesAllowed(PortalRoles.CLIENT)
    public File download(long reportId) {
        PortalCallers.Signed me = callers.me();
        List<CaseContext> cases = callers.cases(me);
        ProgressReportEntry r = em.find(ProgressReportEntry.class, reportId);
        if (r == null || !r.isReleased() || !PortalReads.mayHave(r, cases)) {
            // the same answer for a report that is not there and one that is not theirs
            audit.record(AuditAction.PORTAL_DOWNLOAD, AuditOutcome.DENIED, "ProgressReport", reportId, me.clientId(),
                    "not a released report of this client");
            throw new NotFoundException("Document", reportId);
        }
        audit.record(AuditAction.PORTAL_DOWNLOAD, AuditOutcome.SUCCESS, "ProgressReport", reportId, me.clientId(),
                "released file, SHA-256 " + r.getReleasedSha256());
        return new File("document-" + r.getPeriodFrom() + "-" + r.getPeriodTo() + ".pdf", r.getReleasedPdf());
    }

    @RolesAllowed(PortalRoles.CLIENT)
    public List<PortalViews.MilestoneView> milestones() {
        PortalCallers.Signed me = callers.me();
        List<PortalViews.MilestoneView> out = new ArrayList<>();
        for (CaseContext ctx : callers.cases(me)) {
            work.stepRecords(ctx).milestones().forEach(m -> out.add(new PortalViews.MilestoneView(m.achievedOn(),
                    m.description(), m.whose() == null)));
        }
        out.sort(Comparator.comparing(PortalViews.MilestoneView::achievedOn).reversed());
        viewed(me, "milestones");
        return out;
    }

    @RolesAllowed(PortalRoles.CLIENT)
    public List<PortalViews.WorkItem> work() {
        PortalCallers.Signed me = callers.me();
        List<PortalViews.WorkItem> out = work.items(callers.cases(me), me.clientId());
        viewed(me, "work");
        return out;
    }

    /** Newer wordings of consents the client gave on an older one (not the partner-sharing choice). */
    @RolesAllowed(PortalRoles.CLIENT)
    public List<PortalViews.ConsentToAccept> consents() {
        PortalCallers.Signed me = callers.me();
        List<PortalViews.ConsentToAccept> out = reads.consents(me);
        viewed(me, "consents");
        return out;
    }

    private void viewed(PortalCallers.Signed me, String page) {
        audit.record(AuditAction.PORTAL_VIEW, AuditOutcome.SUCCESS, ENTITY, null, me.clientId(), page);
    }
}
