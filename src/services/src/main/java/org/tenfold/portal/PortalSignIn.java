package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.tenfold.client.Client;
import org.tenfold.staff.HashingGate;
import org.tenfold.staff.PasswordHasher;
import org.tenfold.staff.SecondFactor;
import org.tenfold.staff.SignInThrottle;

/**
 * A client signing in to the portal, step by step, with staff's own defences: the same throttle (per source
 * address, and per email address in a key space of its own) before anything is read or hashed, the same
 * bounded hashing gate, the same lockout (five in a row, fifteen minutes) as single UPDATEs, an unknown address
 * costing the same hash, and the same TOTP rules (one step either side, each code once).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PortalSignIn {

    static final Duration BUSY_WAIT = Duration.ofSeconds(2);
    /** Throttle keys of clients never meet a staff username. */
    static final String THROTTLE_PREFIX = "portal ";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    PortalSignInRecords records;

    @Inject
    SignInThrottle throttle;

    @Inject
    HashingGate gate;

    private final PasswordHasher hasher = new PasswordHasher();
    private volatile String decoyHash;

    /** The first step: the email address and password. */
    public PortalSignInOutcome password(String email, char[] password, String sourceAddress) {
        String name = PortalAccount.normalisedEmail(email);
        Optional<PortalSignInOutcome> throttled = throttled(name, sourceAddress);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<PortalAccount> found = find(name);
        boolean usable = found.isPresent() && found.get().mayUse();
        if (usable && found.get().isLockedAt(Instant.now())) {
            records.denied(sourceAddress, found.get(), "account locked until " + found.get().getLockedUntil());
            return PortalSignInOutcome.refused();
        }
        String stored = usable ? found.get().getPasswordHash() : null;
        Optional<Boolean> right = gate.run(() -> hasher.verify(password == null ? new char[0] : password,
                stored != null ? stored : decoyHash()));
        if (right.isEmpty()) {
            return PortalSignInOutcome.waitFor(PortalSignInOutcome.Step.BUSY, BUSY_WAIT);
        }
        if (!usable) {
            records.refused(sourceAddress, found.orElse(null), found.isEmpty() ? "unknown address"
                    : "account " + found.get().getStatus().name().toLowerCase(java.util.Locale.ROOT));
            return PortalSignInOutcome.refused();
        }
        PortalAccount account = found.get();
        if (!right.get()) {
            records.failure(account, actor(account), sourceAddress, "wrong password");
            return PortalSignInOutcome.refused();
        }
        if (hasher.needsRehash(stored)) {
            gate.run(() -> hasher.hash(password)).ifPresent(h -> records.upgradeHash(account.getId(), stored, h));
        }
        if (account.hasSecondFactor()) {
            return PortalSignInOutcome.at(PortalSignInOutcome.Step.CODE_NEEDED, account.getId());
        }
        return complete(account, name, sourceAddress, "portal sign-in");
    }

    /** The second step, for an account with an authenticator app: its current code. */
    public PortalSignInOutcome code(long accountId, String code, String sourceAddress) {
        PortalAccount account = em.find(PortalAccount.class, accountId);
        if (account == null || !account.mayUse() || !account.hasSecondFactor()) {
            return PortalSignInOutcome.refused();
        }
        Optional<PortalSignInOutcome> throttled = throttled(account.getEmail(), sourceAddress);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        if (account.isLockedAt(Instant.now())) {
            records.denied(sourceAddress, account, "account locked until " + account.getLockedUntil());
            return PortalSignInOutcome.refused();
        }
        OptionalLong step = SecondFactor.matchingStep(account.getTotpSecret(), code, Instant.now().getEpochSecond());
        if (step.isEmpty() || !records.acceptStep(account.getId(), step.getAsLong())) {
            records.failure(account, actor(account), sourceAddress, "wrong second-step code");
            return PortalSignInOutcome.refused();
        }
        return complete(account, account.getEmail(), sourceAddress, "portal sign-in with the second step");
    }

    private PortalSignInOutcome complete(PortalAccount account, String name, String sourceAddress, String how) {
        records.succeeded(account, actor(account), sourceAddress, how);
        throttle.succeeded(sourceAddress, THROTTLE_PREFIX + name);
        return PortalSignInOutcome.at(PortalSignInOutcome.Step.SIGNED_IN, account.getId());
    }

    private Optional<PortalSignInOutcome> throttled(String name, String sourceAddress) {
        SignInThrottle.Decision d = throttle.admit(sourceAddress, THROTTLE_PREFIX + name);
        if (d.admitted()) {
            return Optional.empty();
        }
        if (d.firstRefusal()) {
            records.denied(sourceAddress, null, "too many attempts; throttled");
        }
        return Optional.of(PortalSignInOutcome.waitFor(PortalSignInOutcome.Step.THROTTLED, d.waitTime()));
    }

    private Optional<PortalAccount> find(String email) {
        if (email.isEmpty() || email.length() > 254) {
            return Optional.empty();
        }
        return em.createNamedQuery("PortalAccount.findByEmail", PortalAccount.class).setParameter("email", email)
                .getResultStream().findFirst();
    }

    /** The audit actor of a client: {@code client:C-000123}. */
    String actor(PortalAccount account) {
        Client c = em.find(Client.class, account.getClientId());
        return PortalRoles.principalOf(c.getChartNumber());
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
