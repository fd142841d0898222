package org.tenfold.feed;

import java.time.Instant;
import java.util.List;

/**
 * A feed as read for one request: its events (already reduced to what may leave the clinic), its
 * validator, and the iCalendar text, written only when the calendar does not have it already.
 */
public record FeedDocument(List<FeedEvent> events, String uidDomain, Instant readAt) {

    public FeedDocument {
        events = List.copyOf(events);
    }

    /** A strong ETag of the events: the same while nothing in the feed changes. */
    public String etag() {
        return FeedCalendar.etag(events, uidDomain);
    }

    public String ics() {
        return FeedCalendar.write(events, uidDomain, readAt);
    }
}
