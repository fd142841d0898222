package org.tenfold.intake;

/** Where an intake stands: saved as a draft, submitted complete, reviewed when a case is opened. */
public enum IntakeStatus {
    DRAFT,
    SUBMITTED,
    REVIEWED
}
