package org.tenfold.measure;

/** How a response's answers were given. */
public enum Channel {
    /** By the client, on the one-time link's page. */
    LINK,
    /** From paper, typed in by the counsellor. */
    PAPER
}
