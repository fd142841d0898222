package org.tenfold.care;

/** Whether the case is open. */
public enum CaseStatus {
    OPEN,
    CLOSED
}
