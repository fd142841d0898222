package org.tenfold.note;

/** What happened to a note on its way to being signed. */
public enum NoteEventKind {
    SIGNED,
    SIGNED_PENDING_COSIGN,
    COSIGNED,
    CHANGES_REQUESTED
}
