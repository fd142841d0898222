package org.tenfold.scheduling;

/** How often a series repeats. */
public enum Recurrence {
    WEEKLY(1),
    FORTNIGHTLY(2);

    private final int weeks;

    Recurrence(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }

    /** "Weekly", "Fortnightly". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
