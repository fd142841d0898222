package org.tenfold.measure;

/** An assignment makes new due questionnaires while ACTIVE. */
public enum AssignmentStatus {
    ACTIVE, STOPPED
}
