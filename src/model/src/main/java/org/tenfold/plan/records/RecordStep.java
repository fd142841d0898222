package org.tenfold.plan.records;

/**
 * The framework steps that carry records of their own. Each record type is its step, so the records
 * need no reference to the framework table; {@link #code()} is the step's stable code there.
 */
public enum RecordStep {
    BOUNDARIES(4),
    MILESTONES(7),
    EDUCATION(8),
    SELF_CARE(9);

    private final int number;

    RecordStep(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public String code() {
        return name();
    }
}
