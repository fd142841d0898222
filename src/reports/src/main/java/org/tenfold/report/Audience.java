package org.tenfold.report;

/** Who a document is for. */
public enum Audience {
    /** The clinical record: everything, including clinician-only fields. */
    CLINICIAN,
    /** What a client may take home: no clinician-only field, note, intervention or content hash. */
    CLIENT
}
