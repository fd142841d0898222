package org.tenfold.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A treatment plan version as plain data, ready to print. Services fill it from the plan and its step
 * records; the renderer ({@link PlanPdf}) decides per {@link Audience} what appears. Status values are
 * display labels ("In progress", "Kept").
 *
 * @param caseKind    "Couple" or "Individual", as shown
 * @param status      the version's status, for example "Signed" or "Draft"
 * @param signedBy    the counsellor who signed, or null for a draft
 * @param signedAt    when, in the clinic's zone, or null
 * @param contentHash the signed content's hash (clinician version only), or null
 * @param steps       the framework's steps in order, each with its goals and records
 */
public record PlanReport(Letterhead clinic, String clientNames, String caseKind, List<Member> members, int version,
        String status, String signedBy, ZonedDateTime signedAt, String contentHash, LocalDate reviewDate,
        List<Step> steps) {

    public PlanReport {
        members = members == null ? List.of() : List.copyOf(members);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** A person in the case and their role there ("Partner in recovery", "Partner", "Individual"). */
    public record Member(String displayName, String role) {
    }

    /**
     * One step of the framework with what the plan holds for it. The record lists are filled for the steps
     * they belong to (boundaries for step 4, milestones for 7, education for 8, self-care for 9).
     */
    public record Step(int number, String title, String description, List<Goal> goals, List<Boundary> boundaries,
            List<Milestone> milestones, List<Education> education, List<SelfCare> selfCare) {

        public Step {
            goals = goals == null ? List.of() : List.copyOf(goals);
            boundaries = boundaries == null ? List.of() : List.copyOf(boundaries);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
            education = education == null ? List.of() : List.copyOf(education);
            selfCare = selfCare == null ? List.of() : List.copyOf(selfCare);
        }

        public Step(int number, String title, String description, List<Goal> goals) {
            this(number, title, description, goals, List.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * A goal under one step, for one member or the couple.
     *
     * @param member        whom it is for ("Zoë", "The couple")
     * @param interventions what the counsellor will do; clinician version only
     * @param clinicianNote clinician version only
     * @param clinicianOnly the whole goal is left out of the client version
     */
    public record Goal(String member, String statement, String status, List<Objective> objectives,
            List<String> interventions, String clinicianNote, boolean clinicianOnly) {

        public Goal {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
            interventions = interventions == null ? List.of() : List.copyOf(interventions);
        }
    }

    /** A measurable objective of a goal. */
    public record Objective(String statement, LocalDate targetDate, String status) {
    }

    /** A boundary both partners agreed to, with where it stands ("Kept", "Renegotiated"). */
    public record Boundary(String statement, String proposedBy, LocalDate agreedOn, LocalDate reviewOn, String status,
            boolean clinicianOnly) {
    }

    /** A milestone worth celebrating. */
    public record Milestone(LocalDate date, String description, String whose, boolean clinicianOnly) {
    }

    /** A resource from the education catalogue assigned to someone. */
    public record Education(String resource, String kind, String assignedTo, String status, boolean clinicianOnly) {
    }

    /** A self-care activity in one person's plan. */
    public record SelfCare(String person, String activity, String frequency, boolean clinicianOnly) {
    }
}
