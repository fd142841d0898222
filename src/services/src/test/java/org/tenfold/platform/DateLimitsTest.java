package org.tenfold.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateLimitsTest {

    @Test
    void datesAndInstantsOfTheClinicsYearsAreRead() {
        assertEquals(LocalDate.of(1900, 1, 1), DateLimits.parseDate("d", "1900-01-01"));
        assertEquals(LocalDate.of(2200, 12, 31), DateLimits.parseDate("d", " 2200-12-31 "));
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), DateLimits.parseInstant("t", "2026-03-02T09:00:00Z"));
        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), DateLimits.parseInstant("t", "2026-03-02T09:00:00+01:00"));
        assertEquals(Instant.parse("2026-03-02T09:00:00.123Z"), DateLimits.parseInstant("t", "2026-03-02T09:00:00.123Z"));
    }

    @Test
    void anythingElseIsAFieldError() {
        for (String bad : new String[] {null, "", "-999999999-01-01", "+1000000000-01-01", "0000-01-01", "1899-12-31",
                "2201-01-01", "9999-12-31", "2026-02-30", "2026-2-3", "\u0662\u0660\u0662\u0666-01-01", "2026-01-01x"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> DateLimits.parseDate("dateOfBirth", bad),
                    String.valueOf(bad));
            assertEquals(java.util.Set.of("dateOfBirth"), e.fieldErrors().keySet());
        }
        for (String bad : new String[] {"-999999999-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
                "2201-01-01T00:00:00Z", "2026-03-02", "2026-03-02T09:00:00", "2026-03-02 09:00:00Z"}) {
            assertThrows(InvalidInputException.class, () -> DateLimits.parseInstant("from", bad), bad);
        }
        assertThrows(InvalidInputException.class, () -> DateLimits.check("start", Instant.MAX));
        assertThrows(InvalidInputException.class, () -> DateLimits.check("until", LocalDate.MIN));
        assertEquals(null, DateLimits.check("until", (LocalDate) null), "absent stays absent");
    }
}
