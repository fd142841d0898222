package org.tenfold.plan;

import java.time.LocalDate;

/** A measurable objective: what, by when (optional), and where it stands (default NOT_STARTED). */
public class ObjectiveInput {
    public String text;
    public LocalDate targetDate;
    public ObjectiveStatus status;
}
