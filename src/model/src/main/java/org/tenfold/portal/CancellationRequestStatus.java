package org.tenfold.portal;

/** Where a late cancellation request stands. */
public enum CancellationRequestStatus {
    /** Waiting for front desk. */
    OPEN,
    /** Front desk cancelled the appointment. */
    CANCELLED,
    /** Front desk kept the appointment (and will speak to the client). */
    KEPT
}
