package org.tenfold.measure;

/** Why an assignment stopped. */
public enum StopReason {
    /** A counsellor stopped it. */
    BY_STAFF,
    /** Its case closed. */
    CASE_CLOSED,
    /** A once-only assignment whose questionnaire has been made. */
    DONE
}
