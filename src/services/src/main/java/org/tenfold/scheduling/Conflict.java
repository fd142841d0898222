package org.tenfold.scheduling;

import java.time.Instant;

/** An appointment in the way of a booking, and whose (the counsellor's, the room's, a client's). */
public record Conflict(Resource resource, String name, long appointmentId, Instant start, Instant end) {

    /** What is double-booked. */
    public enum Resource { COUNSELLOR, ROOM, CLIENT }
}
