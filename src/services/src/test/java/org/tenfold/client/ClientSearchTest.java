package org.tenfold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientSearchTest {

    @Test
    void splitsTheBoxIntoAtMostFiveWords() {
        assertEquals(List.of("Zoë", "Đặng"), ClientSearch.words("  Zoë   Đặng "));
        assertEquals(ClientSearch.MAX_WORDS, ClientSearch.words("a b c d e f g").size());
        assertTrue(ClientSearch.words("   ").isEmpty());
        assertTrue(ClientSearch.words(null).isEmpty());
    }

    @Test
    void keepsAPhoneNumberTypedWithSpacesAsOneWord() {
        assertEquals(List.of("02079460018"), ClientSearch.words("020 7946 0018"));
        assertEquals(List.of("(020)79460018"), ClientSearch.words("(020) 7946 0018"));
        assertEquals(List.of("Smith", "0018"), ClientSearch.words("Smith 0018"));
    }

    @Test
    void escapesLikeWildcardsSoTheyMatchThemselves() {
        assertEquals("50\\%", ClientSearch.escapeLike("50%"));
        assertEquals("a\\_b", ClientSearch.escapeLike("a_b"));
        assertEquals("back\\\\slash", ClientSearch.escapeLike("back\\slash"));
        assertEquals("' OR 1=1 --", ClientSearch.escapeLike("' OR 1=1 --"));
    }

    @Test
    void cutsOverlongWords() {
        assertEquals(100, ClientSearch.words("x".repeat(500)).get(0).length());
    }
}
