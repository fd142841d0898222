package org.tenfold.waitlist;

/** Where a waitlist entry stands: still waiting, booked into an appointment, or taken off the list. */
public enum WaitlistStatus {
    WAITING,
    BOOKED,
    REMOVED
}
