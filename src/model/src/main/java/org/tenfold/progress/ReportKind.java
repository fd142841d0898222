package org.tenfold.progress;

/** Whose report: one client in an individual case, a couple together, or one partner's own. */
public enum ReportKind {
    INDIVIDUAL,
    JOINT,
    PARTNER_OWN
}
