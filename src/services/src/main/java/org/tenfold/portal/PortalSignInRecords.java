package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;

/**
 * What a client's sign-in writes, each in a short transaction of its own and never around a password hash (as
 * for staff): the failure count and lockout as single UPDATEs, the sign-in time, single-use TOTP steps, the
 * audit rows with the client's id.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class PortalSignInRecords {

    static final String ENTITY = "PortalAccount";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Counts a failure; the fifth in a row locks the account. */
    public void failure(PortalAccount a, String actor, String sourceAddress, String what) {
        Instant now = Instant.now();
        em.createNamedQuery("PortalAccount.expireLock").setParameter("id", a.getId()).setParameter("now", now)
                .executeUpdate();
        em.createNamedQuery("PortalAccount.countFailure").setParameter("id", a.getId()).executeUpdate();
        int locked = em.createNamedQuery("PortalAccount.lockIfTooMany").setParameter("id", a.getId())
                .setParameter("until", now.plus(PortalAccount.LOCKOUT))
                .setParameter("max", PortalAccount.MAX_FAILED_LOGINS).executeUpdate();
        audit.recordAs(actor, sourceAddress, AuditAction.LOGIN, AuditOutcome.FAILURE, ENTITY, a.getId(),
                a.getClientId(), locked > 0 ? what + "; account now locked for " + PortalAccount.LOCKOUT.toMinutes()
                        + " minutes" : what);
    }

    /** An unknown, closed or not yet set up account: only the audit row (never the address typed). */
    public void refused(String sourceAddress, PortalAccount a, String why) {
        audit.recordAs("portal sign-in", sourceAddress, AuditAction.LOGIN, AuditOutcome.FAILURE, ENTITY,
                a == null ? null : a.getId(), a == null ? null : a.getClientId(), why);
    }

    public void denied(String sourceAddress, PortalAccount a, String why) {
        audit.recordAs("portal sign-in", sourceAddress, AuditAction.LOGIN, AuditOutcome.DENIED, ENTITY,
                a == null ? null : a.getId(), a == null ? null : a.getClientId(), why);
    }

    /** The sign-in is complete: the failures start again, the time is kept, the audit row written. */
    public void succeeded(PortalAccount a, String actor, String sourceAddress, String how) {
        em.createNamedQuery("PortalAccount.signedIn").setParameter("id", a.getId()).setParameter("now", Instant.now())
                .executeUpdate();
        audit.recordAs(actor, sourceAddress, AuditAction.LOGIN, AuditOutcome.SUCCESS, ENTITY, a.getId(),
                a.getClientId(), how);
    }

    public void signedOut(long accountId, long clientId, String actor, String sourceAddress) {
        audit.recordAs(actor, sourceAddress, AuditAction.LOGOUT, AuditOutcome.SUCCESS, ENTITY, accountId, clientId,
                null);
    }

    public void upgradeHash(long accountId, String oldHash, String newHash) {
        em.createNamedQuery("PortalAccount.replaceHash").setParameter("id", accountId).setParameter("oldHash", oldHash)
                .setParameter("newHash", newHash).executeUpdate();
    }

    /** True the first time a TOTP step is presented for the account. */
    public boolean acceptStep(long accountId, long step) {
        return em.createNamedQuery("PortalAccount.acceptTotpStep").setParameter("id", accountId)
                .setParameter("step", step).executeUpdate() == 1;
    }
}
