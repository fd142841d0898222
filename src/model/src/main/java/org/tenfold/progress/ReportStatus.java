package org.tenfold.progress;

/** A draft is regenerated and edited; a released report never changes. */
public enum ReportStatus {
    DRAFT,
    RELEASED
}
