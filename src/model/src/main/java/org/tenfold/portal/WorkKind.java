package org.tenfold.portal;

/** What a client's word about their work is about. */
public enum WorkKind {
    /** A homework row of a signed session note. */
    HOMEWORK,
    /** The free-text homework of a signed session note (its reference is the note). */
    NOTE_HOMEWORK,
    /** An education assignment (step 8). */
    EDUCATION,
    /** A self-care activity (step 9). */
    SELF_CARE
}
