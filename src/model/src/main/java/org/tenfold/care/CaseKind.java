package org.tenfold.care;

/** One client, or a couple. */
public enum CaseKind {
    INDIVIDUAL,
    COUPLE
}
