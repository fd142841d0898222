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
                "1e3", "0x10"}) {
            assertTrue(Ids.parse(hostile).isEmpty(), String.valueOf(hostile));
        }
    }
}
