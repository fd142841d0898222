package org.tenfold.bench.data;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One row of {@code appointment} and its {@code appointment_client} rows as the generator makes
 * them. Instants are UTC wall-clock values, as the application stores them; {@code roomId} is null
 * for a video session, which then has a {@code videoLink}.
 */
public record GeneratedAppointment(
        long id,
        Long seriesId,
        long counsellorId,
        Long roomId,
        String videoLink,
        String type,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String status,
        String cancelReason,
        String cancelledBy,
        LocalDateTime cancelledAt,
        String frontDeskNote,
        LocalDateTime createdAt,
        List<Long> clientIds) {

    /** Whether it keeps its slot: cancelled ones free it for someone else (AppointmentStatus.holdsSlot). */
    public boolean holdsSlot() {
        return !status.equals("CANCELLED") && !status.equals("LATE_CANCEL");
    }

    public boolean overlaps(GeneratedAppointment other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }
}
