package org.tenfold.measure;

/** A response's life: answered while OPEN (answers kept as given), then SUBMITTED and never changed again. */
public enum ResponseStatus {
    OPEN,
    SUBMITTED,
    /** Its link expired before it was sent in; what was answered is kept. */
    EXPIRED,
    /** Its case closed or its assignment stopped before it was sent in; what was answered is kept. */
    CANCELLED
}
