package org.tenfold.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    /** RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", in Base32. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codesAreThoseOfRfc6238() {
        // the RFC's eight-digit values, of which an app shows the last six
        assertEquals("287082", SecondFactor.codeAt(RFC_SECRET, 59 / 30));
        assertEquals("081804", SecondFactor.codeAt(RFC_SECRET, 1111111109L / 30));
        assertEquals("050471", SecondFactor.codeAt(RFC_SECRET, 1111111111L / 30));
        assertEquals("005924", SecondFactor.codeAt(RFC_SECRET, 1234567890L / 30));
    }

    @Test
    void aCodeMatchesItsStepAndOneEitherSideOnly() {
        long now = 1_800_000_000L;
        long step = now / 30;
        assertEquals(step, SecondFactor.matchingStep(RFC_SECRET, SecondFactor.codeAt(RFC_SECRET, step), now).getAsLong());
        assertEquals(step - 1, SecondFactor.matchingStep(RFC_SECRET, SecondFactor.codeAt(RFC_SECRET, step - 1), now)
                .getAsLong());
        String spaced = SecondFactor.codeAt(RFC_SECRET, step + 1);
        assertEquals(step + 1, SecondFactor.matchingStep(RFC_SECRET, spaced.substring(0, 3) + " " + spaced.substring(3),
                now).getAsLong());
        assertTrue(SecondFactor.matchingStep(RFC_SECRET, SecondFactor.codeAt(RFC_SECRET, step + 2), now).isEmpty());
        assertTrue(SecondFactor.matchingStep(RFC_SECRET, SecondFactor.codeAt(RFC_SECRET, step - 2), now).isEmpty());
        for (String junk : new String[] {null, "", "12345", "1234567", "12a456", "\u0661\u0662\u0663\u0664\u0665\u0666"}) {
            assertTrue(SecondFactor.matchingStep(RFC_SECRET, junk, now).isEmpty(), String.valueOf(junk));
        }
    }

    @Test
    void newSecretsAreRandomBase32OfOneHundredSixtyBits() {
        String a = SecondFactor.newSecret();
        assertTrue(a.matches("[A-Z2-7]{32}"), a);
        assertNotEquals(a, SecondFactor.newSecret());
        assertFalse(a.equals(SecondFactor.DEMO_SECRET));
        assertTrue(SecondFactor.DEMO_SECRET.matches("[A-Z2-7]{32}"), "the demo secret is valid Base32");
    }

    @Test
    void tenRecoveryCodesThatAreStoredOnlyAsHashes() {
        List<String> codes = SecondFactor.newRecoveryCodes();
        assertEquals(10, new HashSet<>(codes).size(), codes.toString());
        for (String c : codes) {
            assertTrue(SecondFactor.looksLikeRecoveryCode(c), c);
            assertFalse(SecondFactor.looksLikeTotp(c));
            String hash = SecondFactor.recoveryHash(c);
            assertTrue(hash.matches("[0-9a-f]{64}") && !hash.contains(c.replace("-", "")));
            assertEquals(hash, SecondFactor.recoveryHash(" " + c.toUpperCase() + " "), "typed loosely, the same code");
        }
    }

    @Test
    void theQrCodeIsAPng() {
        assertTrue(SecondFactor.qrImage(SecondFactor.newSecret(), "casey", "Tenfold (Harbour Light)")
                .startsWith("data:image/png;base64,"));
    }
}
