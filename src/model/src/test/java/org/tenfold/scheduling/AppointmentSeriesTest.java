package org.tenfold.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppointmentSeriesTest {

    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");

    @Test
    void aWeeklySeriesKeepsItsWallClockTimeAcrossBothDaylightSavingChanges() {
        // 2026: clocks go forward on 8 March and back on 1 November in Vancouver
        List<TimeSlot> slots = AppointmentSeries.occurrences(LocalDate.of(2026, 2, 26), LocalTime.of(17, 0),
                Duration.ofMinutes(50), VANCOUVER, Recurrence.WEEKLY, 40, null);
        assertEquals(40, slots.size());
        for (TimeSlot slot : slots) {
            assertEquals(LocalTime.of(17, 0), slot.start().atZone(VANCOUVER).toLocalTime(), slot.toString());
            assertEquals(Duration.ofMinutes(50), slot.length());
        }
        // the UTC instant moves by an hour instead
        assertEquals(1, slots.get(0).start().atZone(ZoneId.of("UTC")).getHour());
        assertEquals(0, slots.get(2).start().atZone(ZoneId.of("UTC")).getHour());
    }

    @Test
    void fortnightlyUntilADateIncludesThatDate() {
        List<TimeSlot> slots = AppointmentSeries.occurrences(LocalDate.of(2026, 1, 5), LocalTime.of(9, 0),
                Duration.ofMinutes(80), VANCOUVER, Recurrence.FORTNIGHTLY, null, LocalDate.of(2026, 2, 16));
        assertEquals(4, slots.size());
        assertEquals(LocalDate.of(2026, 2, 16), slots.get(3).start().atZone(VANCOUVER).toLocalDate());
    }

    @Test
    void atMostFiftyTwoSessionsAndEitherACountOrAnEndDate() {
        assertThrows(IllegalArgumentException.class, () -> AppointmentSeries.occurrences(LocalDate.of(2026, 1, 5),
                LocalTime.NOON, Duration.ofMinutes(50), VANCOUVER, Recurrence.WEEKLY, 53, null));
        assertThrows(IllegalArgumentException.class, () -> AppointmentSeries.occurrences(LocalDate.of(2026, 1, 5),
                LocalTime.NOON, Duration.ofMinutes(50), VANCOUVER, Recurrence.WEEKLY, null, LocalDate.of(2028, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> AppointmentSeries.occurrences(LocalDate.of(2026, 1, 5),
                LocalTime.NOON, Duration.ofMinutes(50), VANCOUVER, Recurrence.WEEKLY, 3, LocalDate.of(2026, 3, 1)));
    }
}
