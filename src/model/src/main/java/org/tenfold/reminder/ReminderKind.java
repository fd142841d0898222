package org.tenfold.reminder;

/** What a message tells its attendee. Stored by name. */
public enum ReminderKind {
    /** The appointment is coming up (sent the lead time before it). */
    REMINDER,
    /** The appointment has a new time or place (sent when it moved after a reminder went out). */
    MOVED,
    /** The appointment will not take place (sent when it was cancelled after a reminder went out). */
    CANCELLED
}
