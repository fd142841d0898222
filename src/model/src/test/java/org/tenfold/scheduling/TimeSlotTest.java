package org.tenfold.scheduling;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeSlotTest {

    private final Instant nine = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void backToBackSlotsDoNotOverlap() {
        TimeSlot first = TimeSlot.of(nine, Duration.ofMinutes(50));
        TimeSlot second = TimeSlot.of(nine.plus(Duration.ofMinutes(50)), Duration.ofMinutes(50));
        assertFalse(first.overlaps(second));
        assertFalse(second.overlaps(first));
    }

    @Test
    void anySharedMinuteIsAnOverlap() {
        TimeSlot first = TimeSlot.of(nine, Duration.ofMinutes(50));
        assertTrue(first.overlaps(TimeSlot.of(nine.plus(Duration.ofMinutes(49)), Duration.ofMinutes(5))));
        assertTrue(first.overlaps(TimeSlot.of(nine.minus(Duration.ofMinutes(5)), Duration.ofMinutes(6))));
        assertTrue(first.overlaps(TimeSlot.of(nine.plus(Duration.ofMinutes(10)), Duration.ofMinutes(5))));
        assertTrue(TimeSlot.of(nine.minusSeconds(60), Duration.ofHours(2)).overlaps(first));
    }

    @Test
    void aSlotEndsAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new TimeSlot(nine, nine));
        assertThrows(IllegalArgumentException.class, () -> new TimeSlot(nine, nine.minusSeconds(1)));
    }

    @Test
    void cancelledAppointmentsNoLongerHoldTheirSlot() {
        assertFalse(AppointmentStatus.CANCELLED.holdsSlot());
        assertFalse(AppointmentStatus.LATE_CANCEL.holdsSlot());
        assertTrue(AppointmentStatus.BOOKED.holdsSlot());
        assertTrue(AppointmentStatus.NO_SHOW.holdsSlot());
    }
}
