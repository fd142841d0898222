package org.tenfold.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void positiveNumbersAreIds() {
        assertEquals(42L, Ids.parse("42").getAsLong());
        assertEquals(42L, Ids.parse(" 42 ").getAsLong());
    }

    @Test
    void everythingElseIsNoId() {
        for (String hostile : new String[] {null, "", "0", "-1", "abc", "1 OR 1=1", "1;", "99999999999999999999",
                "1e3", "0x10", "+7", "1.5", "\uff17", "\u0667", "\u0967\u0968", "7\u0000"}) {
            assertTrue(Ids.parse(hostile).isEmpty(), String.valueOf(hostile));
        }
    }

    @Test
    void countsAreAsciiDigitsToo() {
        assertEquals(20, Ids.parseCount("20").getAsInt());
        for (String hostile : new String[] {null, "", "-1", "\u0662\u0660", "\uff12\uff10", "1e2", "9999999999"}) {
            assertTrue(Ids.parseCount(hostile).isEmpty(), String.valueOf(hostile));
        }
    }
}
