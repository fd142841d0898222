package org.tenfold.care;

/** What happened to a case. */
public enum CaseEventKind {
    OPENED,
    CLOSED,
    REOPENED
}
