package org.tenfold.plan;

/** Whom a framework step mainly concerns; a template suggests goals for them. */
public enum StepConcern {
    /** The partner working on the addiction. */
    IN_RECOVERY,
    /** Both partners, working on it together. */
    BOTH,
    /** Each partner, on their own account. */
    EACH,
    /** The couple as a couple. */
    COUPLE
}
