package org.tenfold.scheduling;

import java.io.Serializable;
import java.time.Instant;

/**
 * An appointment as the calendar shows it: enough for its dialog and for a move, read when the range was
 * loaded (the version is the one the calendar showed, so a move of one changed meanwhile is refused).
 */
public record CalendarAppointment(long id, long version, AppointmentStatus status, AppointmentType type,
        long counsellorId, String counsellor, Long roomId, String room, String videoLink, String clients, Instant start,
        Instant end, String frontDeskNote, String cancelReason, boolean inSeries, Long caseId) implements Serializable {

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }

    public boolean isOpen() {
        return status.holdsSlot() && status != AppointmentStatus.COMPLETED;
    }

    /** The same appointment as shown at another version. */
    CalendarAppointment atVersion(long shown) {
        return new CalendarAppointment(id, shown, status, type, counsellorId, counsellor, roomId, room, videoLink,
                clients, start, end, frontDeskNote, cancelReason, inSeries, caseId);
    }
}
