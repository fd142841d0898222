package org.tenfold.care;

/** A member's place in a case. */
public enum CaseRole {
    INDIVIDUAL,
    IN_RECOVERY,
    PARTNER
}
