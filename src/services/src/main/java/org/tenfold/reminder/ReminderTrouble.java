package org.tenfold.reminder;

/** Why a reminder is shown to the administrators. */
public enum ReminderTrouble {
    /**
     * Claimed by a server longer ago than {@link ReminderAttentionService#UNCONFIRMED_AFTER} and never
     * marked sent: the server stopped between sending and marking it, so the client may or may not have it.
     */
    MAY_NOT_HAVE_BEEN_SENT("may not have been sent"),
    /** Sending failed on every attempt (status FAILED); the note says why. */
    COULD_NOT_BE_SENT("could not be sent");

    private final String description;

    ReminderTrouble(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
