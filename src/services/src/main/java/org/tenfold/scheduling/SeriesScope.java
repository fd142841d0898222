package org.tenfold.scheduling;

/** Which occurrences of a series a change or a cancellation reaches. */
public enum SeriesScope {
    /** Just this appointment. */
    THIS,
    /** This one and every later booked occurrence of its series. */
    THIS_AND_FOLLOWING,
    /** Every booked occurrence of its series. */
    ALL
}
