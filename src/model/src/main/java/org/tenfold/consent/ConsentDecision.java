package org.tenfold.consent;

/** What the client decided. */
public enum ConsentDecision {
    GIVEN,
    WITHDRAWN,
    SHARE,
    DO_NOT_SHARE
}
