package org.tenfold.note;

/** The session's risk update: nothing new, or a new concern that raises the client's RISK flag. */
public enum RiskUpdate {
    NO_CHANGE,
    NEW_CONCERN
}
