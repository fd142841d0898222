package org.tenfold.note;

/** Where a note stands: edited as a draft; signed (perhaps awaiting a supervisor's co-signature). */
public enum NoteStatus {
    DRAFT,
    SIGNED_PENDING_COSIGN,
    SIGNED
}
