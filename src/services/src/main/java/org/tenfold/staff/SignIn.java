package org.tenfold.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.staff.SignInOutcome.Step;

/**
 * Signing in, one step at a time: the password, then (where the account has it) the second factor, or
 * its setting up where it is required. Each attempt passes the throttle before anything is read or hashed;
 * the hash runs behind the {@link HashingGate}; no transaction is open during it (see {@link SignInRecords}
 * for what is written). An unknown account costs the same hash as a known one, so timing tells nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class SignIn {

    /** What a busy server asks a client to wait. */
    static final Duration BUSY_WAIT = Duration.ofSeconds(2);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    SignInRecords records;

    @Inject
    SignInThrottle throttle;

    @Inject
    HashingGate gate;

    @Inject
    ClinicProfile clinic;

    private final PasswordHasher hasher = new PasswordHasher();
    /** Verified against when the account does not exist, so that case takes as long as a wrong password. */
    private volatile String decoyHash;

    /** A new secret and its QR code, for the person to scan before confirming with a first code. */
    public record Enrolment(String secret, String qrImage, String account) {
    }

    /** The first step. {@code rememberedDevice} is the browser's cookie of an earlier sign-in, if any. */
    public SignInOutcome password(String username, char[] password, String sourceAddress, String rememberedDevice) {
        String name = normalised(username);
        Optional<SignInOutcome> throttled = throttled(name, sourceAddress);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<Staff> found = find(name);
        boolean usable = found.isPresent() && found.get().isActive();
        if (usable && found.get().isLockedAt(Instant.now())) {
            records.denied(name, sourceAddress, found.get().getId(), "account locked until "
                    + found.get().getLockedUntil());
            return SignInOutcome.refused();
        }
        String stored = usable ? found.get().getPasswordHash() : null;
        Optional<Boolean> right = gate.run(() -> hasher.verify(password == null ? new char[0] : password,
                stored != null ? stored : decoyHash()));
        if (right.isEmpty()) {
            return SignInOutcome.waitFor(Step.BUSY, BUSY_WAIT);
        }
        if (!usable) {
            records.refused(name, sourceAddress, found.map(Staff::getId).orElse(null),
                    found.isEmpty() ? "unknown account" : "account deactivated");
            return SignInOutcome.refused();
        }
        Staff staff = found.get();
        if (!right.get()) {
            records.failure(staff.getId(), name, sourceAddress, "wrong password");
            return SignInOutcome.refused();
        }
        if (hasher.needsRehash(stored)) {
            gate.run(() -> hasher.hash(password)).ifPresent(h -> records.upgradeHash(staff.getId(), stored, h));
        }
        if (staff.hasSecondFactor()) {
            int days = clinic.rememberDeviceDays();
            if (days > 0 && records.deviceRemembered(staff.getId(), rememberedDevice, days)) {
                return complete(staff, sourceAddress);
            }
            throttle.passwordRight(sourceAddress);
            return SignInOutcome.at(Step.CODE_NEEDED, SignedIn.of(staff));
        }
        if (secondFactorRequired(staff)) {
            throttle.passwordRight(sourceAddress);
            return SignInOutcome.at(Step.ENROLMENT_NEEDED, SignedIn.of(staff));
        }
        return complete(staff, sourceAddress);
    }

    /** The second step: a code from the authenticator app, or one of the account's recovery codes. */
    public SignInOutcome code(String username, String code, String sourceAddress) {
        String name = normalised(username);
        Optional<SignInOutcome> throttled = throttled(name, sourceAddress);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<Staff> found = find(name).filter(Staff::isActive);
        if (found.isEmpty() || !found.get().hasSecondFactor()) {
            return SignInOutcome.refused();
        }
        Staff staff = found.get();
        if (staff.isLockedAt(Instant.now())) {
            records.denied(name, sourceAddress, staff.getId(), "account locked until " + staff.getLockedUntil());
            return SignInOutcome.refused();
        }
        if (!codeAccepted(staff, code, sourceAddress)) {
            records.failure(staff.getId(), name, sourceAddress, "wrong second-factor code");
            return SignInOutcome.refused();
        }
        return complete(staff, sourceAddress);
    }

    /** A secret to set up, for an account whose password was just right. */
    public Enrolment newEnrolment(String username) {
        String secret = SecondFactor.newSecret();
        String account = normalised(username);
        return new Enrolment(secret, SecondFactor.qrImage(secret, account, "Tenfold (" + clinic.name() + ")"), account);
    }

    /** Sets up the second factor once the person typed the secret's current code; signs them in. */
    public SignInOutcome enrol(String username, String secret, String code, String sourceAddress) {
        String name = normalised(username);
        Optional<SignInOutcome> throttled = throttled(name, sourceAddress);
        if (throttled.isPresent()) {
            return throttled.get();
        }
        Optional<Staff> found = find(name).filter(Staff::isActive);
        if (found.isEmpty() || found.get().hasSecondFactor() || found.get().isLockedAt(Instant.now())
                || secret == null || !secret.matches("[A-Z2-7]{32}")) {
            return SignInOutcome.refused();
        }
        Staff staff = found.get();
        OptionalLong step = SecondFactor.matchingStep(secret, code, Instant.now().getEpochSecond());
        if (step.isEmpty()) {
            records.failure(staff.getId(), name, sourceAddress, "wrong code while setting up the second factor");
            return SignInOutcome.refused();
        }
        List<String> recoveryCodes = SecondFactor.newRecoveryCodes();
        records.enrol(staff.getId(), name, sourceAddress, secret, recoveryCodes);
        records.acceptStep(staff.getId(), step.getAsLong());
        SignInOutcome done = complete(staff, sourceAddress);
        return new SignInOutcome(done.step(), done.account(), null, recoveryCodes);
    }

    /** The account, once more, after its recovery codes were shown: still active, with its second factor. */
    public Optional<SignedIn> completedEnrolment(String username) {
        return find(normalised(username)).filter(s -> s.isActive() && s.hasSecondFactor()).map(SignedIn::of);
    }

    /** Remembers the browser (when the clinic allows it); the cookie value, or empty. */
    public Optional<String> rememberDevice(String username) {
        int days = clinic.rememberDeviceDays();
        return days <= 0 ? Optional.empty()
                : find(normalised(username)).map(s -> records.rememberDevice(s.getId(), days));
    }

    /** Administrators always; everyone when the clinic's setting says so. */
    public boolean secondFactorRequired(Staff staff) {
        return staff.hasRole(Role.ADMIN) || clinic.secondFactorForEveryone();
    }

    private boolean codeAccepted(Staff staff, String code, String sourceAddress) {
        if (SecondFactor.looksLikeTotp(code)) {
            OptionalLong step = SecondFactor.matchingStep(staff.getTotpSecret(), code, Instant.now().getEpochSecond());
            return step.isPresent() && (SecondFactor.DEMO_SECRET.equals(staff.getTotpSecret())
                    || records.acceptStep(staff.getId(), step.getAsLong()));
        }
        return SecondFactor.looksLikeRecoveryCode(code)
                && records.useRecoveryCode(staff.getId(), staff.getUsername(), sourceAddress,
                        SecondFactor.recoveryHash(code));
    }

    private SignInOutcome complete(Staff staff, String sourceAddress) {
        records.succeeded(staff.getId());
        throttle.succeeded(sourceAddress, staff.getUsername());
        return SignInOutcome.at(Step.SIGNED_IN, SignedIn.of(staff));
    }

    private Optional<SignInOutcome> throttled(String name, String sourceAddress) {
        SignInThrottle.Decision d = throttle.admit(sourceAddress, name);
        if (d.admitted()) {
            return Optional.empty();
        }
        if (d.firstRefusal()) {
            // once per run of refusals, so a flood writes one row, not one per attempt
            records.denied(name, sourceAddress, null, "too many attempts (" + d.refusedKey() + "); throttled");
        }
        return Optional.of(SignInOutcome.waitFor(Step.THROTTLED, d.waitTime()));
    }

    private Optional<Staff> find(String name) {
        if (name.isEmpty() || name.length() > 64) {
            return Optional.empty();
        }
        return em.createNamedQuery("Staff.findByUsername", Staff.class).setParameter("username", name)
                .getResultStream().findFirst();
    }

    private static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
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
