package org.tenfold.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.SecretTokens;

/**
 * Checks credentials before anyone is signed in, so it is a CDI bean rather than a role-guarded
 * EJB. Counts failures and locks accounts, exchanges a password for an API token once so that the
 * deliberately slow hash is not paid on every API call, and audits every attempt.
 */
@ApplicationScoped
@Transactional
public class Authentication {

    public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final PasswordHasher hasher = new PasswordHasher();
    /** Verified against when the account does not exist, so that case takes as long as a wrong password. */
    private volatile String decoyHash;

    /** The account when the password is right and the account is active and not locked. */
    public Optional<SignedIn> verifyPassword(String username, char[] password, String sourceAddress) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        Optional<Staff> found = name.isEmpty() ? Optional.empty()
                : em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", name)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
        Instant now = Instant.now();
        if (found.isEmpty() || !found.get().isActive()) {
            hasher.verify(password, decoyHash());
            audit.recordAs(name, sourceAddress, AuditAction.LOGIN, AuditOutcome.FAILURE, "Staff", null, null,
                    found.isEmpty() ? "unknown account" : "account deactivated");
            return Optional.empty();
        }
        Staff staff = found.get();
        if (staff.isLockedAt(now)) {
            audit.recordAs(name, sourceAddress, AuditAction.LOGIN, AuditOutcome.DENIED, "Staff", staff.getId(), null,
                    "account locked until " + staff.getLockedUntil());
            return Optional.empty();
        }
        if (!hasher.verify(password, staff.getPasswordHash())) {
            staff.recordFailedLogin(now);
            audit.recordAs(name, sourceAddress, AuditAction.LOGIN, AuditOutcome.FAILURE, "Staff", staff.getId(), null,
                    staff.isLockedAt(now) ? "wrong password; account now locked for "
                            + Staff.LOCKOUT.toMinutes() + " minutes" : "wrong password");
            return Optional.empty();
        }
        staff.recordSuccessfulLogin();
        if (hasher.needsRehash(staff.getPasswordHash())) {
            staff.changePasswordHash(hasher.hash(password));
        }
        return Optional.of(SignedIn.of(staff));
    }

    /** Audits a completed sign-in (the password check alone is not yet a session). */
    public void recordLogin(String username, String sourceAddress, String how) {
        audit.recordAs(username, sourceAddress, AuditAction.LOGIN, AuditOutcome.SUCCESS, "Staff", null, null, how);
    }

    public void recordLogout(String username, String sourceAddress) {
        audit.recordAs(username, sourceAddress, AuditAction.LOGOUT, AuditOutcome.SUCCESS, "Staff", null, null, null);
    }

    /**
     * The account's current roles, for a request made in an existing session; empty once the
     * account is deactivated, which ends its live sessions at their next request.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedIn> currentAccount(String username) {
        return em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", username)
                .getResultStream().filter(Staff::isActive).findFirst().map(SignedIn::of);
    }

    /** Exchanges credentials for a bearer token; only its SHA-256 is stored. */
    public Optional<IssuedToken> issueToken(String username, char[] password, String sourceAddress) {
        Optional<SignedIn> signedIn = verifyPassword(username, password, sourceAddress);
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        Staff staff = em.createNamedQuery("Staff.findByUsername", Staff.class)
                .setParameter("username", signedIn.get().username()).getSingleResult();
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        ApiToken stored = new ApiToken(SecretTokens.sha256(token), staff, now, now.plus(TOKEN_LIFETIME));
        em.persist(stored);
        audit.recordAs(staff.getUsername(), sourceAddress, AuditAction.TOKEN_ISSUED, AuditOutcome.SUCCESS, "Staff",
                staff.getId(), null, "API token valid until " + stored.getExpiresAt());
        return Optional.of(new IssuedToken(token, stored.getExpiresAt(), signedIn.get()));
    }

    /** The account behind a bearer token that is unexpired, unrevoked and of an active account. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedIn> verifyToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class).setParameter("hash", SecretTokens.sha256(token))
                .getResultStream().filter(t -> t.isUsableAt(now)).findFirst().map(t -> SignedIn.of(t.getStaff()));
    }

    public boolean revokeToken(String token, String sourceAddress) {
        if (token == null || token.isBlank()) {
            return false;
        }
        Instant now = Instant.now();
        return em.createNamedQuery("ApiToken.findByHash", ApiToken.class).setParameter("hash", SecretTokens.sha256(token))
                .getResultStream().findFirst().map(t -> {
                    t.revoke(now);
                    audit.recordAs(t.getStaff().getUsername(), sourceAddress, AuditAction.TOKEN_REVOKED,
                            AuditOutcome.SUCCESS, "Staff", t.getStaff().getId(), null, null);
                    return true;
                }).orElse(false);
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            byte[] random = new byte[16];
            RANDOM.nextBytes(random);
            decoy = hasher.hash(HexFormat.of().formatHex(random).toCharArray());
            decoyHash = decoy;
        }
        return decoy;
    }
}
