package org.tenfold.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OccasionsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void aLaterDayIsDueAtEightAndTodayAtOnceWhateverTheHour() {
        Instant morning = Instant.parse("2026-03-02T00:10:00Z");
        Instant afternoon = Instant.parse("2026-03-02T15:00:00Z");
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertEquals(morning, Occasions.once(day, morning, LONDON).dueAt(), "assigned just after midnight: at once");
        assertEquals(afternoon, Occasions.once(day, afternoon, LONDON).dueAt(), "assigned after eight: due at once");
        assertEquals(Instant.parse("2026-03-09T08:00:00Z"), Occasions.once(day.plusDays(7), afternoon, LONDON).dueAt());
        // summer time: eight in London is seven UTC
        assertEquals(Instant.parse("2026-06-01T07:00:00Z"),
                Occasions.once(LocalDate.of(2026, 6, 1), afternoon, LONDON).dueAt());
    }

    @Test
    void everyNWeeksMakesOnlyTheLatestDueOccasion() {
        Instant assigned = Instant.parse("2026-03-02T15:00:00Z");
        LocalDate start = LocalDate.of(2026, 3, 2);
        assertEquals("WEEK-0", Occasions.latestWeekly(start, 2, assigned, assigned, LONDON).orElseThrow().key());
        assertEquals("WEEK-0", Occasions.latestWeekly(start, 2, assigned, Instant.parse("2026-03-16T07:59:00Z"),
                LONDON).orElseThrow().key());
        Occasions.Occasion third = Occasions.latestWeekly(start, 2, assigned, Instant.parse("2026-04-01T12:00:00Z"),
                LONDON).orElseThrow();
        assertEquals("WEEK-2", third.key());
        assertEquals(Instant.parse("2026-03-30T07:00:00Z"), third.dueAt(), "30 March, eight in London (summer time)");
        assertTrue(Occasions.latestWeekly(start.plusDays(3), 2, assigned, assigned, LONDON).isEmpty(), "not yet due");
    }

    @Test
    void beforeAnAppointmentItIsDueTheLeadHoursBefore() {
        Occasions.Occasion o = Occasions.beforeAppointment(812, Instant.parse("2026-03-05T10:00:00Z"), 24);
        assertEquals("APPT-812", o.key());
        assertEquals(Instant.parse("2026-03-04T10:00:00Z"), o.dueAt());
        assertEquals(812L, o.appointmentId());
    }
}
