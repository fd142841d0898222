package org.tenfold.plan;

/**
 * A goal as the screen or the API sends it: the step's code, whose goal it is (a member's client id,
 * or {@code couple} true in a couple's case), the statement, interventions, status (default
 * NOT_STARTED) and the clinician-only note.
 */
public class GoalInput {
    public String stepCode;
    public Long clientId;
    public Boolean couple;
    public String statement;
    public String interventions;
    public GoalStatus status;
    public String clinicianNote;
}
