package org.tenfold.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.Inputs;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;

/** Administrators keep the staff accounts: create, change roles, deactivate, unlock, reset passwords. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class StaffService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Inputs inputs;

    @Resource
    SessionContext context;

    private final PasswordHasher hasher = new PasswordHasher();

    @RolesAllowed(Roles.ADMIN)
    public List<StaffView> list() {
        return em.createNamedQuery("Staff.findAll", Staff.class).getResultStream().map(StaffView::of).toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffView get(long id) {
        return StaffView.of(account(id));
    }

    private Staff account(long id) {
        Staff staff = em.find(Staff.class, id);
        if (staff == null) {
            throw new NotFoundException("Staff member", id);
        }
        return staff;
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffView create(StaffAccount account, char[] initialPassword) {
        inputs.valid(account, "Account");
        checkPassword(initialPassword);
        String username = account.getUsername().strip().toLowerCase(Locale.ROOT);
        if (!em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", username)
                .getResultList().isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "The username " + username + " is already taken.");
        }
        Staff staff = new Staff(username, account.getDisplayName(), account.getEmail(),
                hasher.hash(initialPassword), account.getRoles(), Instant.now());
        em.persist(staff);
        em.flush();
        audit.record(AuditAction.STAFF_CREATE, AuditOutcome.SUCCESS, "Staff", staff.getId(), null,
                "roles " + staff.getRoles());
        return StaffView.of(staff);
    }

    /** Changes name, email and roles; refused when someone else changed the account meanwhile. */
    @RolesAllowed(Roles.ADMIN)
    public StaffView update(long id, long expectedVersion, StaffAccount account) {
        inputs.valid(account, "Account");
        Staff staff = account(id);
        if (staff.getVersion() != expectedVersion) {
            throw new StaleDataException("This staff account");
        }
        if (isSelf(staff) && !account.getRoles().contains(Role.ADMIN)) {
            throw new InvalidInputException("roles", "You cannot take the administrator role from yourself.");
        }
        staff.rename(account.getDisplayName(), account.getEmail());
        staff.changeRoles(account.getRoles());
        audit.record(AuditAction.STAFF_UPDATE, AuditOutcome.SUCCESS, "Staff", staff.getId(), null,
                "roles " + staff.getRoles());
        em.flush();
        return StaffView.of(staff);
    }

    /**
     * Ends the account's access: live sessions end at their next request, API tokens are revoked,
     * the calendar feed is deleted (so reactivating does not revive an address on a lost phone).
     */
    @RolesAllowed(Roles.ADMIN)
    public StaffView deactivate(long id) {
        Staff staff = account(id);
        if (isSelf(staff)) {
            throw new InvalidInputException("active", "You cannot deactivate your own account.");
        }
        staff.deactivate();
        em.createNamedQuery("ApiToken.revokeAllOf").setParameter("now", Instant.now()).setParameter("staff", staff)
                .executeUpdate();
        em.createNamedQuery("CalendarFeed.deleteOfStaff").setParameter("staff", staff).executeUpdate();
        audit.record(AuditAction.STAFF_DEACTIVATE, AuditOutcome.SUCCESS, "Staff", staff.getId(), null, null);
        em.flush();
        return StaffView.of(staff);
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffView reactivate(long id) {
        Staff staff = account(id);
        staff.reactivate();
        audit.record(AuditAction.STAFF_REACTIVATE, AuditOutcome.SUCCESS, "Staff", staff.getId(), null, null);
        em.flush();
        return StaffView.of(staff);
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffView unlock(long id) {
        Staff staff = account(id);
        staff.unlock();
        audit.record(AuditAction.STAFF_UNLOCK, AuditOutcome.SUCCESS, "Staff", staff.getId(), null, null);
        em.flush();
        return StaffView.of(staff);
    }

    /**
     * Removes someone's second factor (a lost phone): their recovery codes and remembered devices go with
     * it, and where it is required they set it up again at their next sign-in. Not one's own: another
     * administrator must do it, so a stolen session cannot swap the factor.
     */
    @RolesAllowed(Roles.ADMIN)
    public StaffView resetSecondFactor(long id) {
        Staff staff = account(id);
        if (isSelf(staff)) {
            throw new InvalidInputException("id", "You cannot reset your own second factor; ask another administrator.");
        }
        boolean had = staff.hasSecondFactor();
        staff.resetSecondFactor();
        em.createNamedQuery("RecoveryCode.deleteFor").setParameter("staff", staff.getId()).executeUpdate();
        em.createNamedQuery("TrustedDevice.deleteFor").setParameter("staff", staff.getId()).executeUpdate();
        audit.record(AuditAction.MFA_RESET, AuditOutcome.SUCCESS, "Staff", staff.getId(), null,
                had ? "second factor, recovery codes and remembered devices removed" : "had no second factor");
        em.flush();
        return StaffView.of(staff);
    }

    @RolesAllowed(Roles.ADMIN)
    public StaffView resetPassword(long id, char[] newPassword) {
        checkPassword(newPassword);
        Staff staff = account(id);
        staff.changePasswordHash(hasher.hash(newPassword));
        staff.unlock();
        audit.record(AuditAction.STAFF_PASSWORD_RESET, AuditOutcome.SUCCESS, "Staff", staff.getId(), null, null);
        em.flush();
        return StaffView.of(staff);
    }

    private boolean isSelf(Staff staff) {
        return staff.getUsername().equals(context.getCallerPrincipal().getName());
    }

    private static void checkPassword(char[] password) {
        if (password == null || password.length < PasswordHasher.MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException("password",
                    "A password needs at least " + PasswordHasher.MIN_PASSWORD_LENGTH + " characters.");
        }
    }
}
