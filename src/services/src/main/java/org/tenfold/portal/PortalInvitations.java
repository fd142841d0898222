package org.tenfold.portal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.platform.BusinessException;
import org.tenfold.staff.Roles;

/**
 * Staff's side of a client's portal account: inviting (a counsellor for the clients in their care, front desk
 * for anyone; only a client who agreed to email, with an address no other client has), closing it, removing
 * its second step. Who may do it is the same rule as for changing a client's contact details.
 */
@Stateless
public class PortalInvitations {

    static final String ENTITY = "PortalAccount";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicalAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    PortalLinks links;

    @Inject
    PortalMail mail;

    @Inject
    ClinicProfile clinic;

    @Inject
    PortalActivity activity;

    @Resource
    SessionContext context;

    /**
     * Invites the client (or again: a lost email, a changed address, a closed account): a new account or the
     * same one, an email with a link to choose a password within seven days. {@code requestBase} is the address
     * staff use now ({@code https://host[:port]/}), for the link when the clinic has not set the portal's address.
     */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PortalViews.AccountView invite(long clientId, String requestBase) {
        Client client = access.existingClient(clientId);
        requireMayManage(clientId, AuditAction.PORTAL_INVITE);
        String email = PortalAccount.normalisedEmail(client.getEmail());
        if (!client.isConsentEmail()) {
            throw conflict(client.getDisplayName() + " has not agreed to be contacted by email, so they cannot be"
                    + " invited. Record their consent to electronic communication first.");
        }
        if (email.isEmpty() || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw conflict(client.getDisplayName() + " has no usable email address. Add their own address first.");
        }
        List<Client> sharing = em.createQuery("SELECT c FROM Client c WHERE LOWER(c.email) = :email AND c.id <> :id",
                Client.class).setParameter("email", email).setParameter("id", clientId).getResultList();
        Optional<PortalAccount> taken = em.createNamedQuery("PortalAccount.findByEmail", PortalAccount.class)
                .setParameter("email", email).getResultStream().filter(a -> a.getClientId() != clientId).findFirst();
        if (!sharing.isEmpty() || taken.isPresent()) {
            String other = !sharing.isEmpty() ? sharing.get(0).getDisplayName() : "another client";
            throw conflict(client.getDisplayName() + " and " + other + " have the same email address. Each person"
                    + " signs in to their own portal with their own address, so that neither can read the other's."
                    + " Change one of the addresses, then invite again.");
        }
        Instant now = Instant.now();
        String by = context.getCallerPrincipal().getName();
        PortalAccount account = em.createNamedQuery("PortalAccount.findByClient", PortalAccount.class)
                .setParameter("clientId", clientId).getResultStream().findFirst().orElse(null);
        if (account != null && account.getStatus() == PortalAccountStatus.ACTIVE) {
            throw conflict(client.getDisplayName() + " has already set up their account. If they forgot their"
                    + " password, they can ask for a new one on the sign-in page.");
        }
        if (account == null) {
            account = new PortalAccount(clientId, email, by, now);
            em.persist(account);
            em.flush();
        } else {
            account.reinvite(email, by, now);
        }
        account.linkFrom(links.portalAddress(requestBase));
        String token = links.issue(account, PortalLinkPurpose.INVITATION);
        PortalSettings settings = PortalSettings.of(clinic.all());
        mail.send(email, settings.name(), PortalLetters.invitation(firstName(client), settings.name(),
                links.linkTo(requestBase, token), PortalLinks.INVITATION_LIFETIME));
        audit.record(AuditAction.PORTAL_INVITE, AuditOutcome.SUCCESS, ENTITY, account.getId(), clientId,
                "invited; the link works for " + PortalLinks.INVITATION_LIFETIME.toDays() + " days");
        return activity.account(account);
    }

    /** The client's account as the chart shows it, or empty when never invited; audited. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public Optional<PortalViews.AccountView> account(long clientId) {
        access.existingClient(clientId);
        Optional<PortalAccount> account = find(clientId);
        audit.record(AuditAction.PORTAL_ACTIVITY_VIEW, AuditOutcome.SUCCESS, ENTITY,
                account.map(PortalAccount::getId).orElse(null), clientId, "portal account and reports opened");
        return account.map(activity::account);
    }

    /** Closes the account: no sign-in, no link works, its password and second step are gone. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PortalViews.AccountView close(long clientId) {
        access.existingClient(clientId);
        requireMayManage(clientId, AuditAction.PORTAL_ACCOUNT_UPDATE);
        PortalAccount account = find(clientId).orElseThrow(() -> conflict("This client has no portal account."));
        account.disable();
        em.createNamedQuery("PortalLink.voidOthers").setParameter("account", account.getId())
                .setParameter("now", Instant.now()).executeUpdate();
        audit.record(AuditAction.PORTAL_ACCOUNT_UPDATE, AuditOutcome.SUCCESS, ENTITY, account.getId(), clientId,
                "account closed");
        return activity.account(account);
    }

    /** Removes the account's second step (a lost phone): the client signs in with the password alone. */
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PortalViews.AccountView removeSecondStep(long clientId) {
        access.existingClient(clientId);
        requireMayManage(clientId, AuditAction.PORTAL_ACCOUNT_UPDATE);
        PortalAccount account = find(clientId).orElseThrow(() -> conflict("This client has no portal account."));
        account.removeSecondFactor();
        audit.record(AuditAction.PORTAL_ACCOUNT_UPDATE, AuditOutcome.SUCCESS, ENTITY, account.getId(), clientId,
                "second step removed by staff");
        return activity.account(account);
    }

    /** Front desk for anyone; counsellors and supervisors for the clients in their care (refused and audited). */
    private void requireMayManage(long clientId, AuditAction action) {
        if (context.isCallerInRole(Roles.FRONT_DESK)) {
            return;
        }
        if (!access.mayUseClient(access.caller(), clientId)) {
            throw access.refuse(action, "Client", clientId, List.of(clientId));
        }
    }

    private Optional<PortalAccount> find(long clientId) {
        return em.createNamedQuery("PortalAccount.findByClient", PortalAccount.class).setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    static String firstName(Client c) {
        return c.getPreferredName() != null && !c.getPreferredName().isBlank() ? c.getPreferredName()
                : c.getLegalFirstName();
    }

    private static BusinessException conflict(String message) {
        return new BusinessException(BusinessException.Kind.CONFLICT, message);
    }
}
