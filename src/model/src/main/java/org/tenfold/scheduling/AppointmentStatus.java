package org.tenfold.scheduling;

/** Where an appointment stands. Cancelled ones (on time or late) no longer hold their slot. */
public enum AppointmentStatus {
    BOOKED,
    CHECKED_IN,
    COMPLETED,
    CANCELLED,
    LATE_CANCEL,
    NO_SHOW;

    public boolean holdsSlot() {
        return this != CANCELLED && this != LATE_CANCEL;
    }
}
