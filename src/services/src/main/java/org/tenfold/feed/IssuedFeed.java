package org.tenfold.feed;

/**
 * A freshly made feed token: the only moment its clear text exists outside the owner's calendar.
 * {@code replaced} tells whether an earlier address stopped working.
 */
public record IssuedFeed(String token, FeedStatus status, boolean replaced) {
}
