package org.tenfold.plan.records;

import java.time.LocalDate;

/** What the step-record services take in, as the API's JSON bodies and a screen's form fill them. */
public final class StepRecordInputs {

    private StepRecordInputs() {
    }

    /**
     * A new boundary, or a change of one: the wording, who proposed it (a member's client id; none means
     * the counsellor recording it), the date agreed (a new boundary only: AGREED at once), the review
     * date, and a note for the history.
     */
    public static class BoundaryInput {
        public String wording;
        public Long proposedByClientId;
        public LocalDate agreedOn;
        public LocalDate reviewOn;
        public String note;
    }

    /**
     * A boundary's new status, with a note; for RENEGOTIATED optionally the new wording, for AGREED
     * optionally the date agreed (default today).
     */
    public static class StatusChange {
        public BoundaryStatus status;
        public String note;
        public String wording;
        public LocalDate on;
    }

    /** A milestone: whose (a member's client id; none means the couple), the date, what, shown to the client. */
    public static class MilestoneInput {
        public Long clientId;
        public LocalDate achievedOn;
        public String description;
        public Boolean visibleToClient;
    }

    /** A catalogue entry; {@code active} false retires it (an update only). */
    public static class EducationItemInput {
        public EducationKind kind;
        public String title;
        public String provider;
        public String link;
        public String description;
        public Boolean active;
    }

    /** A catalogue item assigned to a member, on a date (default today), with a note. */
    public static class AssignmentInput {
        public Long clientId;
        public Long itemId;
        public LocalDate assignedOn;
        public String note;
    }

    /** Where the member is with an assignment now, and the note. */
    public static class AssignmentChange {
        public AssignmentStatus status;
        public String note;
    }

    /** A self-care activity of a member: what, how often, a note; {@code active} false takes it off the plan. */
    public static class SelfCareInput {
        public Long clientId;
        public String activity;
        public String frequency;
        public String note;
        public Boolean active;
    }
}
