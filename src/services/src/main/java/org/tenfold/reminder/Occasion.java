package org.tenfold.reminder;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What a message may say about an appointment: when (shown in the clinic's zone), where (a room's
 * name or a video link) and with whom (the counsellor's first name). Nothing else of the
 * appointment ever reaches a message.
 */
public record Occasion(Instant start, ZoneId zone, String roomName, String videoLink, String counsellorFirstName) {
}
