package org.tenfold.reminder;

/** Where a message stands. Only PENDING rows are ever claimed; only CLAIMED rows are ever sent. */
public enum ReminderStatus {
    PENDING,
    /** Taken by one server, which sends it next. */
    CLAIMED,
    SENT,
    /** The appointment changed so that this message is no longer wanted. */
    CANCELLED,
    /** Decided against at send time (no consent, no address, reminders off, appointment over). */
    SKIPPED,
    /** Sending failed too often; the note says why. */
    FAILED,
    /**
     * Claimed long ago or failed, then settled by an administrator by other means (a phone call); the
     * note says by whom. Final: never sent, never listed again.
     */
    HANDLED
}
