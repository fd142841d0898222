package org.tenfold.plan;

/** Where a goal stands. */
public enum GoalStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ACHIEVED,
    PAUSED
}
