package org.tenfold.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartNumberTest {

    @Test
    void formatsWithSixDigits() {
        assertEquals("C-000123", ChartNumber.forSequence(123).value());
        assertEquals("C-1234567", ChartNumber.forSequence(1_234_567).value());
    }

    @Test
    void parsesWhatStaffTypeOnThePhone() {
        for (String typed : new String[] {"C-000123", "c-123", "C123", "123", " 000123 "}) {
            assertEquals("C-000123", ChartNumber.parseLenient(typed).orElseThrow().value(), typed);
        }
    }

    @Test
    void ignoresWhatIsNotAChartNumber() {
        for (String typed : new String[] {null, "", "C-", "Smith", "12a", "0", "C-12' OR 1=1", "1234567890123"}) {
            assertTrue(ChartNumber.parseLenient(typed).isEmpty(), String.valueOf(typed));
        }
    }

    @Test
    void refusesMalformedValues() {
        assertThrows(IllegalArgumentException.class, () -> new ChartNumber("X-1"));
        assertThrows(IllegalArgumentException.class, () -> ChartNumber.forSequence(0));
    }
}
