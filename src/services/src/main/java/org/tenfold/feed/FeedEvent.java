package org.tenfold.feed;

import java.time.Instant;

/**
 * One appointment as the feed shows it: already reduced to what may leave the clinic (a discreet
 * summary and a place), nothing else of the appointment.
 */
public record FeedEvent(long appointmentId, long sequence, Instant start, Instant end, boolean cancelled, String summary,
        String location) {
}
