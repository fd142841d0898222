package org.tenfold.plan.records;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a boundary stands. PROPOSED until both partners agree; once AGREED it is reviewed as KEPT or
 * BROKEN, may be RENEGOTIATED (and then agreed again), and is RETIRED when no longer needed.
 */
public enum BoundaryStatus {
    PROPOSED,
    AGREED,
    KEPT,
    BROKEN,
    RENEGOTIATED,
    RETIRED;

    /** The statuses a boundary in this status may move to. */
    public Set<BoundaryStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(AGREED, RETIRED);
            case AGREED -> EnumSet.of(KEPT, BROKEN, RENEGOTIATED, RETIRED);
            case KEPT -> EnumSet.of(KEPT, BROKEN, RENEGOTIATED, RETIRED);
            case BROKEN -> EnumSet.of(AGREED, KEPT, RENEGOTIATED, RETIRED);
            case RENEGOTIATED -> EnumSet.of(AGREED, RETIRED);
            case RETIRED -> EnumSet.noneOf(BoundaryStatus.class);
        };
    }

    public boolean canBecome(BoundaryStatus to) {
        return next().contains(to);
    }

    /** Its wording may be changed freely only while it is not agreed: proposed, or being renegotiated. */
    public boolean wordingOpen() {
        return this == PROPOSED || this == RENEGOTIATED;
    }
}
