package org.tenfold.plan.records;

import java.util.EnumSet;
import java.util.Set;

/** Where a client is with an assigned resource; COMPLETED and DROPPED are final. */
public enum AssignmentStatus {
    ASSIGNED,
    IN_PROGRESS,
    COMPLETED,
    DROPPED;

    public Set<AssignmentStatus> next() {
        return switch (this) {
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, COMPLETED, DROPPED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, DROPPED);
            case COMPLETED, DROPPED -> EnumSet.noneOf(AssignmentStatus.class);
        };
    }

    public boolean canBecome(AssignmentStatus to) {
        return to == this || next().contains(to);
    }
}
