package org.tenfold.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.SecretTokens;

/**
 * What a sign-in writes, each in a short transaction of its own, never around a password hash: failure
 * counts and lockout as single UPDATEs (no locking read of the staff row, which is also a counsellor's
 * booking lock), the audit rows, single-use TOTP steps and recovery codes, enrolment, remembered devices.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInRecords {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Counts a failure; the fifth in a row locks the account. Returns whether it is locked now. */
    public boolean failure(long staffId, String username, String sourceAddress, String what) {
        Instant now = Instant.now();
        em.createNamedQuery("Staff.expireLock").setParameter("id", staffId).setParameter("now", now).executeUpdate();
        em.createNamedQuery("Staff.countFailure").setParameter("id", staffId).executeUpdate();
        int locked = em.createNamedQuery("Staff.lockIfTooMany").setParameter("id", staffId)
                .setParameter("until", now.plus(Staff.LOCKOUT)).setParameter("max", Staff.MAX_FAILED_LOGINS)
                .executeUpdate();
        audit.recordAs(username, sourceAddress, AuditAction.LOGIN, AuditOutcome.FAILURE, "Staff", staffId, null,
                locked > 0 ? what + "; account now locked for " + Staff.LOCKOUT.toMinutes() + " minutes" : what);
        return locked > 0;
    }

    /** An unknown or deactivated account: nothing to count, only the audit row. */
    public void refused(String username, String sourceAddress, Long staffId, String why) {
        audit.recordAs(username, sourceAddress, AuditAction.LOGIN, AuditOutcome.FAILURE, "Staff", staffId, null, why);
    }

    public void denied(String username, String sourceAddress, Long staffId, String why) {
        audit.recordAs(username, sourceAddress, AuditAction.LOGIN, AuditOutcome.DENIED, "Staff", staffId, null, why);
    }

    /** The sign-in is complete: the failure count starts again (one UPDATE, and only when there is one). */
    public void succeeded(long staffId) {
        em.createNamedQuery("Staff.resetFailures").setParameter("id", staffId).executeUpdate();
    }

    /** A stored hash with fewer iterations than today's is replaced, unless a new password came meanwhile. */
    public void upgradeHash(long staffId, String oldHash, String newHash) {
        em.createNamedQuery("Staff.replaceHash").setParameter("id", staffId).setParameter("oldHash", oldHash)
                .setParameter("newHash", newHash).executeUpdate();
    }

    /** True the first time a TOTP step is presented for the account; a replayed code is refused. */
    public boolean acceptStep(long staffId, long step) {
        return em.createNamedQuery("Staff.acceptTotpStep").setParameter("id", staffId).setParameter("step", step)
                .executeUpdate() == 1;
    }

    /** Uses up a recovery code; true when it was one of the account's unused ones. */
    public boolean useRecoveryCode(long staffId, String username, String sourceAddress, String hash) {
        boolean used = em.createNamedQuery("RecoveryCode.use").setParameter("staff", staffId).setParameter("hash", hash)
                .setParameter("now", Instant.now()).executeUpdate() == 1;
        if (used) {
            long left = em.createNamedQuery("RecoveryCode.countUnused", Long.class).setParameter("staff", staffId)
                    .getSingleResult();
            audit.recordAs(username, sourceAddress, AuditAction.MFA_RECOVERY_CODE_USED, AuditOutcome.SUCCESS, "Staff",
                    staffId, null, left + " recovery codes left");
        }
        return used;
    }

    /** Sets up the second factor with a confirmed secret; ten new recovery codes replace any old ones. */
    public void enrol(long staffId, String username, String sourceAddress, String secret, List<String> recoveryCodes) {
        Instant now = Instant.now();
        Staff staff = Optional.ofNullable(em.find(Staff.class, staffId))
                .orElseThrow(() -> new IllegalStateException("No staff " + staffId));
        staff.enrolSecondFactor(secret, now);
        em.createNamedQuery("RecoveryCode.deleteFor").setParameter("staff", staffId).executeUpdate();
        em.createNamedQuery("TrustedDevice.deleteFor").setParameter("staff", staffId).executeUpdate();
        for (String code : recoveryCodes) {
            em.persist(new RecoveryCode(staffId, SecondFactor.recoveryHash(code), now));
        }
        audit.recordAs(username, sourceAddress, AuditAction.MFA_ENROL, AuditOutcome.SUCCESS, "Staff", staffId, null,
                "authenticator app set up; " + recoveryCodes.size() + " new recovery codes");
    }

    /** Remembers this browser for the given days; the cookie value, whose SHA-256 alone is stored. */
    public String rememberDevice(long staffId, int days) {
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        em.persist(new TrustedDevice(staffId, SecretTokens.sha256(token), now, now.plus(Duration.ofDays(days))));
        return token;
    }

    /** Whether the browser's cookie is one this account is remembered by, made within the clinic's days. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean deviceRemembered(long staffId, String token, int days) {
        if (token == null || token.isBlank() || token.length() > 100 || days <= 0) {
            return false;
        }
        Instant now = Instant.now();
        return em.createNamedQuery("TrustedDevice.countValid", Long.class).setParameter("staff", staffId)
                .setParameter("hash", SecretTokens.sha256(token)).setParameter("now", now)
                .setParameter("notBefore", now.minus(Duration.ofDays(days))).getSingleResult() > 0;
    }
}
