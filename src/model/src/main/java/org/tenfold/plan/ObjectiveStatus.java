package org.tenfold.plan;

/** Where a measurable objective stands by its target date. */
public enum ObjectiveStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED,
    NOT_ACHIEVED
}
