package org.tenfold.intake;

/** The client's relationship as they describe it at intake. */
public enum RelationshipStatus {
    SINGLE,
    DATING,
    LIVING_TOGETHER,
    MARRIED,
    SEPARATED,
    OTHER
}
