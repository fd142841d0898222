package org.tenfold.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.SecretTokens;

/**
 * Sessions and tokens around a sign-in ({@link SignIn} checks the credentials), so it is a CDI bean rather
 * than a role-guarded EJB: issues an API token once per sign-in so that the deliberately slow hash is not
 * paid on every API call, checks and revokes tokens, and audits sign-in and sign-out.
 */
@ApplicationScoped
@Transactional
public class Authentication {

    public static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;


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

    /** A bearer token for an account that has just signed in (see {@link SignIn}); only its SHA-256 is stored. */
    public IssuedToken issueToken(SignedIn signedIn, String sourceAddress) {
        Staff staff = em.createNamedQuery("Staff.findByUsername", Staff.class)
                .setParameter("username", signedIn.username()).getSingleResult();
        String token = SecretTokens.newToken();
        Instant now = Instant.now();
        ApiToken stored = new ApiToken(SecretTokens.sha256(token), staff, now, now.plus(TOKEN_LIFETIME));
        em.persist(stored);
        audit.recordAs(staff.getUsername(), sourceAddress, AuditAction.TOKEN_ISSUED, AuditOutcome.SUCCESS, "Staff",
                staff.getId(), null, "API token valid until " + stored.getExpiresAt());
        return new IssuedToken(token, stored.getExpiresAt(), signedIn);
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
}
