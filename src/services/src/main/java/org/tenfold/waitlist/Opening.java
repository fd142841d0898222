package org.tenfold.waitlist;

import java.io.Serializable;
import java.time.Instant;

/**
 * A slot to fill from the waitlist: a counsellor, a room or a video link, a start and, for matching,
 * an end. A cancelled appointment gives all of them and its id; the API may name them directly.
 */
public record Opening(Long appointmentId, Long counsellorId, String counsellorName, Long roomId, String roomName,
        String videoLink, Instant start, Instant end) implements Serializable {

    /** A slot named by hand rather than by a cancelled appointment. */
    public static Opening of(Long counsellorId, Long roomId, String videoLink, Instant start, Instant end) {
        return new Opening(null, counsellorId, null, roomId, null, videoLink, start, end);
    }
}
