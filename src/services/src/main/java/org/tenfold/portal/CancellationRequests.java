package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.BookingService;
import org.tenfold.staff.Roles;

/**
 * Front desk's list of late cancellation requests from the portal, and their decision: cancel the appointment
 * (as a late cancellation or not, through the one cancelling path) or keep it and speak to the client.
 */
@Stateless
public class CancellationRequests {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    BookingService scheduling;

    @Inject
    AuditTrail audit;

    @Inject
    Principal caller;

    /** The requests waiting for front desk, oldest first; audited per client. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public List<PortalViews.CancellationRequestView> open() {
        List<PortalViews.CancellationRequestView> out = em.createNamedQuery("CancellationRequest.findOpen",
                CancellationRequest.class).getResultList().stream().map(this::view).toList();
        out.forEach(r -> audit.record(AuditAction.APPOINTMENT_VIEW, AuditOutcome.SUCCESS, "CancellationRequest", r.id(),
                r.clientId(), "late cancellation request listed"));
        return out;
    }

    /** Cancels the appointment ({@code late}: counted as a late cancellation) or keeps it. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    public PortalViews.CancellationRequestView decide(long id, boolean cancel, boolean late) {
        CancellationRequest r = em.find(CancellationRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null) {
            throw new NotFoundException("Cancellation request", id);
        }
        if (r.getStatus() != CancellationRequestStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This request was dealt with by "
                    + r.getHandledBy() + ".");
        }
        if (cancel) {
            scheduling.cancel(r.getAppointmentId(), "Asked by the client online: " + r.getReason(), late);
        }
        r.handle(cancel ? CancellationRequestStatus.CANCELLED : CancellationRequestStatus.KEPT, caller.getName(),
                Instant.now());
        audit.record(AuditAction.PORTAL_CANCEL_DECIDE, AuditOutcome.SUCCESS, "CancellationRequest", id, r.getClientId(),
                cancel ? (late ? "cancelled as a late cancellation" : "cancelled, not counted as late") : "kept");
        return view(r);
    }

    private PortalViews.CancellationRequestView view(CancellationRequest r) {
        Appointment a = em.find(Appointment.class, r.getAppointmentId());
        Client c = em.find(Client.class, r.getClientId());
        return new PortalViews.CancellationRequestView(r.getId(), r.getAppointmentId(), a.getStartsAt(),
                a.getCounsellor().getDisplayName(), c.getId(), c.getChartNumber(), c.getDisplayName(), r.getReason(),
                r.getRequestedAt(), r.getStatus().name(), r.getHandledBy(), r.getHandledAt());
    }
}
