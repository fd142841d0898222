package org.tenfold.staff;

/** What a member of staff may do; one person may hold several. */
public enum Role {
    /** Users, rooms, clinic settings, the audit log; no clinical text. */
    ADMIN("Administrator"),
    /** Clients' contact data, scheduling, check-in. */
    FRONT_DESK("Front desk"),
    /** Clinical work on their own caseload. */
    COUNSELLOR("Counsellor"),
    /** Reads and co-signs the work of the counsellors they supervise. */
    SUPERVISOR("Supervisor");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
