package org.tenfold.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StaffTest {

    private final Instant t0 = Instant.parse("2026-03-01T09:00:00Z");

    private Staff staff() {
        return new Staff("  Frontdesk ", "Front Desk", null, "hash", EnumSet.of(Role.FRONT_DESK), t0);
    }

    @Test
    void usernamesAreTrimmedAndLowerCase() {
        assertEquals("frontdesk", staff().getUsername());
    }

    @Test
    void fifthFailureInARowLocksForFifteenMinutes() {
        Staff s = staff();
        for (int i = 0; i < 4; i++) {
            s.recordFailedLogin(t0);
        }
        assertFalse(s.isLockedAt(t0));
        s.recordFailedLogin(t0);
        assertTrue(s.isLockedAt(t0));
        assertTrue(s.isLockedAt(t0.plus(Duration.ofMinutes(14))));
        assertFalse(s.isLockedAt(t0.plus(Duration.ofMinutes(15))));
    }

    @Test
    void successResetsTheCount() {
        Staff s = staff();
        for (int i = 0; i < 4; i++) {
            s.recordFailedLogin(t0);
        }
        s.recordSuccessfulLogin();
        s.recordFailedLogin(t0);
        assertEquals(1, s.getFailedLogins());
        assertFalse(s.isLockedAt(t0));
    }

    @Test
    void aFailureAfterTheLockExpiredStartsCountingAgain() {
        Staff s = staff();
        for (int i = 0; i < 5; i++) {
            s.recordFailedLogin(t0);
        }
        Instant later = t0.plus(Duration.ofMinutes(20));
        s.recordFailedLogin(later);
        assertEquals(1, s.getFailedLogins());
        assertFalse(s.isLockedAt(later));
    }

    @Test
    void needsAtLeastOneRole() {
        Staff s = staff();
        assertThrows(IllegalArgumentException.class, () -> s.changeRoles(Set.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Staff("x", "X", null, "h", EnumSet.noneOf(Role.class), t0));
    }
}
