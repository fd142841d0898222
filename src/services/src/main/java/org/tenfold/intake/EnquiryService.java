package org.tenfold.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.client.Client;
import org.tenfold.client.ClientService;
import org.tenfold.client.ClientStatus;
import org.tenfold.intake.IntakeViews.EnquiryView;
import org.tenfold.platform.Inputs;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.Page;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * Enquiries: front desk (or a counsellor answering the phone) records a first contact. The client is
 * registered through {@link ClientService} with the same rules (validation, duplicate warning,
 * chart number, audit), in status ENQUIRY; the enquiry row says the rest. Nothing clinical here.
 */
@Stateless
@RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class EnquiryService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Inject
    org.tenfold.client.ClientRegistration registration;

    @Inject
    org.tenfold.care.ClinicalAccess access;

    /** Registers the enquirer as a client in ENQUIRY and records the enquiry; 409 on a possible duplicate unless confirmed. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public EnquiryView take(NewEnquiry enquiry, boolean duplicateConfirmed) {
        NewEnquiry e = inputs.valid(enquiry, "Enquiry");
        Staff preferred = null;
        if (e.getPreferredCounsellorId() != null) {
            preferred = em.find(Staff.class, e.getPreferredCounsellorId());
            if (preferred == null || !preferred.isActive() || !preferred.hasRole(Role.COUNSELLOR)) {
                throw new InvalidInputException("preferredCounsellorId", "Choose one of the clinic's counsellors.");
            }
        }
        e.setStatus(ClientStatus.ENQUIRY);
        Client client = registration.register(e, duplicateConfirmed);
        Enquiry row = new Enquiry(client, clean(e.getHeardAbout()), clean(e.getReason()), preferred,
                clean(e.getPreferredTimes()), access.staff().getUsername(), Instant.now());
        em.persist(row);
        em.flush();
        audit.record(AuditAction.ENQUIRY_CREATE, AuditOutcome.SUCCESS, "Enquiry", row.getId(), client.getId(),
                client.getChartNumber());
        return view(row);
    }

    /** The latest enquiries, newest first (front desk's list); audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<EnquiryView> recent(int page, int size) {
        List<Enquiry> rows = em.createQuery("SELECT e FROM Enquiry e JOIN FETCH e.client LEFT JOIN FETCH"
                + " e.preferredCounsellor ORDER BY e.takenAt DESC, e.id DESC", Enquiry.class)
                .setFirstResult(Page.clampPage(page) * Page.clampSize(size)).setMaxResults(Page.clampSize(size))
                .getResultList();
        audit.record(AuditAction.ENQUIRY_VIEW, AuditOutcome.SUCCESS, "Enquiry", null, null,
                rows.size() + " enquiries listed");
        return rows.stream().map(EnquiryService::view).toList();
    }

    /** The enquiries of one client; audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<EnquiryView> ofClient(long clientId) {
        List<Enquiry> rows = em.createQuery("SELECT e FROM Enquiry e JOIN FETCH e.client LEFT JOIN FETCH"
                + " e.preferredCounsellor WHERE e.client.id = :id ORDER BY e.takenAt DESC, e.id DESC", Enquiry.class)
                .setParameter("id", clientId).getResultList();
        audit.record(AuditAction.ENQUIRY_VIEW, AuditOutcome.SUCCESS, "Client", clientId, clientId,
                rows.size() + " enquiries");
        return rows.stream().map(EnquiryService::view).toList();
    }

    static EnquiryView view(Enquiry e) {
        Client c = e.getClient();
        Staff p = e.getPreferredCounsellor();
        return new EnquiryView(e.getId(), c.getId(), c.getChartNumber(), c.getDisplayName(), c.getStatus(),
                e.getHeardAbout(), e.getReason(), p == null ? null : new StaffRef(p.getId(), p.getUsername(),
                        p.getDisplayName()), e.getPreferredTimes(), e.getTakenBy(), e.getTakenAt());
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
