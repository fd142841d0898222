package org.tenfold.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void defaultHasherUsesAtLeastSixHundredThousandIterations() {
        String hash = new PasswordHasher().hash("correct horse battery".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertEquals(600_000, PasswordHasher.iterationsOf(hash));
    }

    @Test
    void verifiesTheRightPasswordAndRefusesAWrongOne() {
        String hash = fast.hash("Zoë's pässword 1".toCharArray());
        assertTrue(fast.verify("Zoë's pässword 1".toCharArray(), hash));
        assertFalse(fast.verify("Zoë's pässword 2".toCharArray(), hash));
        assertFalse(fast.verify("".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(fast.hash("same".toCharArray()), fast.hash("same".toCharArray()));
    }

    @Test
    void malformedStoredHashesNeverVerify() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha256$0$AA$AA", "pbkdf2-sha256$x$AA$AA",
                "md5$1000$AA$AA", "pbkdf2-sha256$1000$!!$AA"}) {
            assertFalse(fast.verify("x".toCharArray(), stored), String.valueOf(stored));
            assertEquals(-1, PasswordHasher.iterationsOf(stored));
        }
    }

    @Test
    void asksForARehashWhenTheStoredCountIsLower() {
        String weak = fast.hash("pw".toCharArray());
        assertTrue(new PasswordHasher(2_000).needsRehash(weak));
        assertFalse(fast.needsRehash(weak));
    }
}
