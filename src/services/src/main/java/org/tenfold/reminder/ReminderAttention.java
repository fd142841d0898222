package org.tenfold.reminder;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What the administrators see of the reminders that need them: plain values, no message text, nothing clinical. */
public final class ReminderAttention {

    private ReminderAttention() {
    }

    /**
     * One message. {@code email} is the client's address on file (where it went or would go), null when
     * there is none; {@code since} is when it was claimed (may not have been sent) or given up (could not be
     * sent); {@code note} is why it failed, never message content.
     */
    public record Item(long id, ReminderKind kind, ReminderTrouble trouble, long appointmentId,
            Instant appointmentStart, long clientId, String clientName, String email, Instant since, int attempts,
            String note) implements Serializable {
    }

    /** The newest {@code items} (at most {@link ReminderAttentionService#MAX_LISTED}) of {@code total}. */
    public record Listing(List<Item> items, long total) {
    }
}
