package org.tenfold.plan;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseRole;

/**
 * What the plan services hand to screens, the API and (later) the plan PDF: plain values built
 * inside the transaction. A plan comes with its case's members and all ten steps, each with its
 * goals and their objectives, so a renderer needs nothing else.
 */
public final class PlanViews {

    /**
     * Fields for the clinical record only: a copy of a plan for the client leaves them out
     * ({@link PlanView#forClient()}).
     */
    public static final Set<String> CLINICIAN_ONLY_FIELDS = Set.of("clinicianNote");

    private PlanViews() {
    }

    /** A member of the case. */
    public record PlanMember(long clientId, String chartNumber, String displayName, CaseRole role) {
    }

    public record ObjectiveView(long id, String objectiveKey, String text, LocalDate targetDate,
            ObjectiveStatus status, long version) implements Serializable {
    }

    /**
     * A goal: its step, whose it is ({@code clientId}, or {@code couple} true), and what a screen
     * calls that member. {@code clinicianNote} is clinician-only.
     */
    public record GoalView(long id, long planId, String goalKey, String stepCode, int stepNumber, Long clientId,
            boolean couple, String memberLabel, String statement, String interventions, GoalStatus status,
            String clinicianNote, List<ObjectiveView> objectives, long version) implements Serializable {

        public GoalView withoutClinicianOnlyFields() {
            return new GoalView(id, planId, goalKey, stepCode, stepNumber, clientId, couple, memberLabel, statement,
                    interventions, status, null, objectives, version);
        }
    }

    /** One of the ten steps with this plan's goals on it (none is a valid answer). */
    public record StepGoals(StepView step, List<GoalView> goals) {
    }

    /**
     * One version of a case's plan. {@code active}: the signed version in force. {@code contentIntact}:
     * for a signed version, whether its content still hashes to the stored SHA-256 (null for a draft).
     */
    public record PlanView(long id, long caseId, CaseKind caseKind, int planVersion, PlanStatus status,
            boolean active, LocalDate reviewOn, boolean fromTemplate, Long previousId, String createdBy,
            Instant createdAt, String signedBy, Instant signedAt, String contentSha256, Boolean contentIntact,
            List<PlanMember> members, List<StepGoals> steps, long version) {

        /** The same plan without clinician-only fields, for a copy that goes to the client. */
        public PlanView forClient() {
            List<StepGoals> clean = steps.stream().map(s -> new StepGoals(s.step(),
                    s.goals().stream().map(GoalView::withoutClinicianOnlyFields).toList())).toList();
            return new PlanView(id, caseId, caseKind, planVersion, status, active, reviewOn, fromTemplate, previousId,
                    createdBy, createdAt, signedBy, signedAt, contentSha256, contentIntact, members, clean, version);
        }

        public List<GoalView> goals() {
            return steps.stream().flatMap(s -> s.goals().stream()).toList();
        }
    }

    /** A version in a case's list of plans. */
    public record PlanSummary(long id, long caseId, int planVersion, PlanStatus status, boolean active,
            LocalDate reviewOn, String signedBy, Instant signedAt, String contentSha256, int goals, long version) implements Serializable {
    }

    /** What happened to a goal between two versions. */
    public enum Change {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** A field that differs: its value in the older version and in the newer one. */
    public record FieldChange(String field, String before, String after) {
    }

    /** A goal that was added, removed or changed, by its goal key. */
    public record GoalChange(String goalKey, Change change, String stepCode, int stepNumber, String statement,
            List<FieldChange> fields) {
    }

    /** From one version ({@code from}) to another ({@code to}) of the same case's plan. */
    public record PlanDiff(long fromPlanId, int fromVersion, long toPlanId, int toVersion, List<FieldChange> header,
            List<GoalChange> goals) {
    }

    /** A signed plan whose review date falls within the next days, or has passed. */
    public record DueReview(long planId, long caseId, CaseKind caseKind, int planVersion, LocalDate reviewOn,
            boolean overdue, long daysLeft, List<PlanMember> members, String primaryCounsellor) {

        public String memberNames() {
            return String.join(" & ", members.stream().map(PlanMember::displayName).toList());
        }
    }
}
