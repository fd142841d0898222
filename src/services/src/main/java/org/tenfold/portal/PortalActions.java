package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.consent.ConsentDecision;
import org.tenfold.consent.ConsentForm;
import org.tenfold.consent.ConsentKind;
import org.tenfold.consent.ConsentRecord;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.BookingService;

/**
 * What a signed-in client does in their portal: cancel an appointment (outside the clinic's notice period at once,
 * inside it as a request with a reason that goes to front desk), say where a piece of their work stands, accept a
 * consent's newer wording. Each acts only on what the client's own reads offer them ({@link MyPortal}), so
 * nothing can be named that the client could not see; each is audited with the client as actor.
 */
@Stateless
public class PortalActions {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    PortalCallers callers;

    @Inject
    PortalReads reads;

    @Inject
    PortalWork work;

    @Inject
    AuditTrail audit;

    @Inject
    BookingService scheduling;

    /**
     * Cancels an upcoming appointment of the client's. Outside the notice period it is cancelled now (a couple's for
     * both); inside it a reason is required and front desk decides.
     */
    @RolesAllowed(PortalRoles.CLIENT)
    public PortalViews.AppointmentView cancel(long appointmentId, String reason) {
        PortalCallers.Signed me = callers.me();
        PortalViews.AppointmentView offered = reads.appointments(me).stream().filter(a -> a.id() == appointmentId)
                .findFirst().orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
        String why = reason == null ? "" : reason.strip();
        if (why.length() > CancellationRequest.REASON_MAX) {
            throw new InvalidInputException("reason", "Keep the reason under " + CancellationRequest.REASON_MAX
                    + " characters.");
        }
        if (offered.mayCancel()) {
            scheduling.cancel(appointmentId, why.isEmpty() ? "Cancelled by the client online" : "Cancelled by the"
                    + " client online: " + why, false);
            audit.record(AuditAction.PORTAL_CANCEL, AuditOutcome.SUCCESS, "Appointment", appointmentId, me.clientId(),
                    "cancelled in the portal, outside the notice period");
        } else if (offered.lateCancelOnly()) {
            if (why.isEmpty()) {
                throw new InvalidInputException("reason", "Tell us why you cannot come: it is short notice, so our"
                        + " front desk will look at it.");
            }
            em.find(Appointment.class, appointmentId, LockModeType.PESSIMISTIC_WRITE);
            if (reads.appointments(me).stream().noneMatch(a -> a.id() == appointmentId && a.lateCancelOnly())) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "This appointment has just changed.");
            }
            em.persist(new CancellationRequest(appointmentId, me.clientId(), why, Instant.now()));
            audit.record(AuditAction.PORTAL_CANCEL, AuditOutcome.SUCCESS, "Appointment", appointmentId, me.clientId(),
                    "late cancellation asked of front desk");
        } else {
            throw new BusinessException(BusinessException.Kind.CONFLICT, offered.cancellationRequested()
                    ? "A cancellation of this appointment has been asked for already." : "This appointment can no"
                            + " longer be cancelled here.");
        }
        em.flush();
        return reads.appointments(me).stream().filter(a -> a.id() == appointmentId).findFirst().orElse(null);
    }

    /** Says where a piece of the client's work stands: done or not, with a comment for the counsellor. */
    @RolesAllowed(PortalRoles.CLIENT)
    public PortalViews.WorkItem updateWork(WorkKind kind, long refId, boolean done, String comment) {
        PortalCallers.Signed me = callers.me();
        if (kind == null) {
            throw new InvalidInputException("kind", "Choose a piece of work.");
        }
        PortalViews.WorkItem item = work.items(callers.cases(me), me.clientId()).stream()
                .filter(w -> w.kind() == kind && w.refId() == refId).findFirst()
                .orElseThrow(() -> new NotFoundException("Work", refId));
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > WorkUpdate.COMMENT_MAX) {
            throw new InvalidInputException("comment", "Keep the comment under " + WorkUpdate.COMMENT_MAX
                    + " characters.");
        }
        em.persist(new WorkUpdate(item.caseId(), me.clientId(), kind, refId, done, text, Instant.now()));
        em.flush();
        // never the comment itself: the audit trail is read by administrators
        audit.record(AuditAction.PORTAL_WORK_UPDATE, AuditOutcome.SUCCESS, "WorkUpdate", kind + ":" + refId,
                me.clientId(), (done ? "marked done" : "marked not done") + (text == null ? "" : ", with a comment"));
        return work.items(callers.cases(me), me.clientId()).stream()
                .filter(w -> w.kind() == kind && w.refId() == refId).findFirst().orElseThrow();
    }

    /** Accepts the newer wording of a consent the client gave before, as a new consent record they witnessed. */
    @RolesAllowed(PortalRoles.CLIENT)
    public void acceptConsent(String kind, int version) {
        PortalCallers.Signed me = callers.me();
        PortalViews.ConsentToAccept offered = reads.consents(me).stream()
                .filter(c -> c.kind().equals(kind) && c.version() == version).findFirst()
                .orElseThrow(() -> new InvalidInputException("consent", "There is no newer wording of this to accept."));
        ConsentKind k = ConsentKind.valueOf(offered.kind());
        ConsentForm form = em.createNamedQuery("ConsentForm.findByKindAndVersion", ConsentForm.class)
                .setParameter("kind", k).setParameter("version", version).getSingleResult();
        ConsentRecord before = em.createNamedQuery("ConsentRecord.findCurrent", ConsentRecord.class)
                .setParameter("clientIds", java.util.List.of(me.clientId())).getResultList().stream()
                .filter(r -> r.getKind() == k).findFirst().orElseThrow();
        ConsentRecord r = new ConsentRecord(me.clientId(), form, ConsentDecision.GIVEN,
                Boolean.TRUE.equals(before.getByEmail()), Boolean.TRUE.equals(before.getBySms()), me.actor(),
                Instant.now());
        em.persist(r);
        em.flush();
        audit.record(AuditAction.CONSENT_RECORD, AuditOutcome.SUCCESS, "ConsentRecord", r.getId(), me.clientId(),
                k + " version " + version + " accepted by the client in the portal");
    }
}
