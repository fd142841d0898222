package org.tenfold.plan.records;

/** What happened to a boundary. */
public enum BoundaryEventKind {
    CREATED,
    STATUS,
    REWORDED
}
