package org.tenfold.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void theShippedListIsReadWhole() {
        assertTrue(PasswordRules.listed() > 49_000, "the lines of common-passwords.txt: " + PasswordRules.listed());
        assertTrue(PasswordRules.isCommon("qwertyuiop"));
        assertTrue(PasswordRules.isCommon("Password123"), "compared in lower case");
    }

    @Test
    void refusesShortCommonRepeatedAndPersonalPasswords() {
        assertTrue(problem("shortpw").orElseThrow().contains("at least 10"));
        assertTrue(problem("1234567890").orElseThrow().contains("most common"));
        assertTrue(problem("QWERTYUIOP").orElseThrow().contains("most common"), "whatever the case");
        assertTrue(problem("zqzqzqzqzqzqzq").orElseThrow().contains("repeats"));
        assertTrue(problem("x".repeat(129)).orElseThrow().contains("at most"));
        assertTrue(PasswordRules.problem("my jordan.demoulin tune".toCharArray(), "jordan.demoulin@example.org")
                .orElseThrow().contains("email"));
        assertTrue(PasswordRules.problem("kettle Demoulin lamp".toCharArray(), "Demoulin").orElseThrow()
                .contains("name"));
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertEquals(Optional.empty(), problem("correct horse battery staple"));
        assertEquals(Optional.empty(), problem("ünïcode pässwörd ✓"), "any characters, counted as characters");
    }

    private static Optional<String> problem(String p) {
        return PasswordRules.problem(p.toCharArray(), "someone@example.org", "Someone");
    }
}
