package org.tenfold.staff;

import java.time.Duration;
import java.util.List;

/**
 * Where a sign-in stands after one step. {@code account} is set once the password was right;
 * {@code retryAfter} when the attempt was throttled or the server busy; {@code recoveryCodes} once, right
 * after the second factor was set up.
 */
public record SignInOutcome(Step step, SignedIn account, Duration retryAfter, List<String> recoveryCodes) {

    public enum Step {
        /** Done: the session or token may be issued. */
        SIGNED_IN,
        /** The password was right; now the authenticator's code (or a recovery code). */
        CODE_NEEDED,
        /** The password was right, and this account must set up the second factor before going on. */
        ENROLMENT_NEEDED,
        /** Wrong credentials, or the account is locked or deactivated: one answer for all. */
        REFUSED,
        /** Too many attempts from this address or for this username: wait {@code retryAfter}. */
        THROTTLED,
        /** Too many sign-ins at once: wait {@code retryAfter}. */
        BUSY
    }

    static SignInOutcome refused() {
        return new SignInOutcome(Step.REFUSED, null, null, List.of());
    }

    static SignInOutcome waitFor(Step step, Duration wait) {
        return new SignInOutcome(step, null, wait, List.of());
    }

    static SignInOutcome at(Step step, SignedIn account) {
        return new SignInOutcome(step, account, null, List.of());
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return retryAfter == null ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
