package org.tenfold.scheduling;

/** Where an appointment stands. Cancelled ones (on time or late) no longer hold their slot. */
public enum AppointmentStatus {
    BOOKED("Booked"),
    CHECKED_IN("Checked in"),
    COMPLETED("Held"),
    CANCELLED("Cancelled"),
    LATE_CANCEL("Cancelled late"),
    NO_SHOW("No-show");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    /** How every screen, list and API names the status. */
    public String label() {
        return label;
    }

    public boolean holdsSlot() {
        return this != CANCELLED && this != LATE_CANCEL;
    }
}
