package org.tenfold.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void anAddressGetsItsBurstThenOneAttemptPerRefill() {
        SignInThrottle t = new SignInThrottle(3, 5, 100, 1);
        long now = 0;
        for (int i = 0; i < 3; i++) {
            assertTrue(t.admit("203.0.113.1", "user" + i, now).admitted(), "attempt " + i);
        }
        SignInThrottle.Decision refused = t.admit("203.0.113.1", "user9", now);
        assertFalse(refused.admitted());
        assertEquals(Duration.ofSeconds(5), refused.waitTime());
        assertTrue(refused.firstRefusal());
        assertFalse(t.admit("203.0.113.1", "user9", now + SECOND).firstRefusal(), "audited once per run");
        assertTrue(t.admit("203.0.113.2", "user9", now).admitted(), "another address is not affected");
        assertTrue(t.admit("203.0.113.1", "user9", now + 5 * SECOND).admitted(), "one more after the refill");
        assertFalse(t.admit("203.0.113.1", "user10", now + 5 * SECOND).admitted());
    }

    @Test
    void aUsernameGetsOneMoreThanTheLockoutCountWhateverTheAddressAndCaseAndSpaces() {
        SignInThrottle t = new SignInThrottle(1000, 1, 1, 30);
        for (int i = 0; i < Staff.MAX_FAILED_LOGINS + 1; i++) {
            assertTrue(t.admit("198.51.100." + i, i % 2 == 0 ? "Casey" : " casey ", 0).admitted(), "attempt " + i);
        }
        SignInThrottle.Decision refused = t.admit("198.51.100.99", "CASEY", 0);
        assertFalse(refused.admitted());
        assertEquals(Duration.ofSeconds(30), refused.waitTime());
        assertTrue(refused.refusedKey().startsWith("username"), refused.refusedKey());
    }

    @Test
    void aSuccessGivesTheAttemptBackAndClearsTheUsername() {
        SignInThrottle t = new SignInThrottle(2, 60, 6, 60);
        assertTrue(t.admit("203.0.113.5", "frankie", 0).admitted());
        assertTrue(t.admit("203.0.113.5", "frankie", 0).admitted());
        assertFalse(t.admit("203.0.113.5", "frankie", 0).admitted());
        t.succeeded("203.0.113.5", "frankie");
        assertTrue(t.admit("203.0.113.5", "frankie", 0).admitted(), "the right password's attempt came back");
    }

    @Test
    void aTwoStepSignInCostsItsAddressNothingOnceComplete() {
        SignInThrottle t = new SignInThrottle(2, 60, 6, 60);
        for (int i = 0; i < 10; i++) { // ten people behind one address sign in with a code, one after another
            assertTrue(t.admit("203.0.113.9", "person" + i, 0).admitted(), "password step of sign-in " + i);
            t.passwordRight("203.0.113.9");
            assertTrue(t.admit("203.0.113.9", "person" + i, 0).admitted(), "code step of sign-in " + i);
            t.succeeded("203.0.113.9", "person" + i);
        }
        assertTrue(t.admit("203.0.113.9", "someone", 0).admitted());
        assertTrue(t.admit("203.0.113.9", "someone", 0).admitted());
        assertFalse(t.admit("203.0.113.9", "someone", 0).admitted(), "wrong guesses still use the burst up");
    }

    @Test
    void manyDistinctKeysDoNotGrowWithoutBound() {
        SignInThrottle t = new SignInThrottle(5, 1, 6, 1);
        for (int i = 0; i < SignInThrottle.MAX_KEYS * 2; i++) {
            t.admit("10.0." + (i / 250) + "." + (i % 250), "u" + i, (long) i * 10 * SECOND);
        }
        assertTrue(t.admit("10.9.9.9", "fresh", Long.MAX_VALUE / 2).admitted());
    }
}
