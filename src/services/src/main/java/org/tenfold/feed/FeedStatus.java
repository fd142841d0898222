package org.tenfold.feed;

import java.io.Serializable;
import java.time.Instant;

/** What the owner may know about their feed later: everything but the address, which is shown once. */
public record FeedStatus(FeedDetail detail, Instant createdAt, Instant lastReadAt) implements Serializable {

    static FeedStatus of(CalendarFeed feed) {
        return new FeedStatus(feed.getDetail(), feed.getCreatedAt(), feed.getLastReadAt());
    }
}
