package org.tenfold.measure;

/** When an assigned questionnaire is due. */
public enum Schedule {
    /** Once, on the assignment's first day. */
    ONCE,
    /** Before every appointment of the case the client attends, a set number of hours before it starts. */
    BEFORE_APPOINTMENT,
    /** Every N weeks from the first day. */
    EVERY_N_WEEKS
}
