package org.tenfold.plan;

/** A plan version is drafted, signed (then never changed), and superseded when the next version is signed. */
public enum PlanStatus {
    DRAFT,
    SIGNED,
    SUPERSEDED
}
