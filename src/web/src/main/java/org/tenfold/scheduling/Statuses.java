package org.tenfold.scheduling;

/** How the screens name an appointment's status. */
final class Statuses {

    private Statuses() {
    }

    static String label(AppointmentStatus s) {
        if (s == null) {
            return "";
        }
        return switch (s) {
            case BOOKED -> "Booked";
            case CHECKED_IN -> "Checked in";
            case COMPLETED -> "Completed";
            case CANCELLED -> "Cancelled";
            case LATE_CANCEL -> "Late cancel";
            case NO_SHOW -> "No-show";
        };
    }
}
