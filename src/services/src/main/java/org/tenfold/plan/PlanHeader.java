package org.tenfold.plan;

import java.time.LocalDate;

/** The plan's own fields: the date it is to be reviewed on. */
public class PlanHeader {
    public LocalDate reviewOn;
}
