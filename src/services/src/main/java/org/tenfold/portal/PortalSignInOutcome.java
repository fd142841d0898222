package org.tenfold.portal;

import java.time.Duration;

/**
 * Where a client's sign-in stands after one step. {@code accountId} is set once the password was right;
 * {@code retryAfter} when throttled or busy.
 */
public record PortalSignInOutcome(Step step, Long accountId, Duration retryAfter) {

    public enum Step {
        SIGNED_IN,
        /** The password was right; now the code of the client's authenticator app. */
        CODE_NEEDED,
        /** Wrong email, password or code, or the account is locked or closed: one answer for all. */
        REFUSED,
        THROTTLED,
        BUSY
    }

    static PortalSignInOutcome refused() {
        return new PortalSignInOutcome(Step.REFUSED, null, null);
    }

    static PortalSignInOutcome at(Step step, long accountId) {
        return new PortalSignInOutcome(step, accountId, null);
    }

    static PortalSignInOutcome waitFor(Step step, Duration wait) {
        return new PortalSignInOutcome(step, null, wait);
    }

    public long retryAfterSeconds() {
        return retryAfter == null ? 0 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
