package org.tenfold.care;

/** What a client flag warns of (clinical staff only). */
public enum FlagKind {
    RISK
}
