package org.tenfold.plan.records;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseRole;
import org.tenfold.care.CaseStatus;

/**
 * What the step-record services hand to screens, the API and reports: plain values with the names a
 * screen shows, built inside the transaction. Each record says its framework step.
 */
public final class StepRecordViews {

    private StepRecordViews() {
    }

    /** A member of the case as a record names them. */
    public record MemberRef(long clientId, String chartNumber, String displayName, CaseRole role) {
    }

    /** Who proposed a boundary: a member of the case, or a counsellor. */
    public record ProposedBy(String kind, MemberRef client, StaffRef counsellor) {
        public static final String CLIENT = "CLIENT";
        public static final String COUNSELLOR = "COUNSELLOR";
    }

    /** One step of a boundary's history; {@code note} is for clinicians only. */
    public record BoundaryEventView(BoundaryEventKind kind, BoundaryStatus from, BoundaryStatus to, String note,
            String previousWording, Instant at, String by) {
    }

    /** A boundary with its whole history, oldest first; {@code version} goes back in If-Match. */
    public record BoundaryView(long id, long caseId, int step, String wording, ProposedBy proposedBy,
            BoundaryStatus status, LocalDate agreedOn, LocalDate reviewOn, boolean reviewDue,
            List<BoundaryEventView> history, String updatedBy, Instant updatedAt, long version) {
    }

    /** A milestone; {@code whose} null means the couple (the whole case). */
    public record MilestoneView(long id, long caseId, int step, MemberRef whose, LocalDate achievedOn,
            String description, boolean visibleToClient, String recordedBy, Instant recordedAt, long version) {
    }

    /** An entry of the education catalogue. */
    public record EducationItemView(long id, EducationKind kind, String title, String provider, String link,
            String description, boolean active, long version) implements Serializable {
        static EducationItemView of(EducationItem i) {
            return new EducationItemView(i.getId(), i.getKind(), i.getTitle(), i.getProvider(), i.getLink(),
                    i.getDescription(), i.isActive(), i.getVersion());
        }
    }

    /** A catalogue item assigned to a member; {@code note} is for clinicians only. */
    public record AssignmentView(long id, long caseId, int step, MemberRef member, EducationItemView item,
            LocalDate assignedOn, AssignmentStatus status, LocalDate statusChangedOn, String note, String assignedBy,
            long version) {
    }

    /** One self-care activity; {@code note} is for clinicians only. */
    public record SelfCareView(long id, long caseId, int step, MemberRef member, String activity, String frequency,
            String note, boolean active, long version) {
    }

    /** A member's self-care plan: their activities, active ones first. */
    public record SelfCarePlanView(MemberRef member, List<SelfCareView> activities) {
    }

    /** Whether a field of the step records may be shown to clients (in a client's PDF) or to clinicians only. */
    public record FieldVisibility(String field, boolean clientVisible, String rule) {
    }

    /**
     * All step records of a case for a plan screen or a PDF: the members with their names and roles,
     * then each step's records. {@code withheldMembers} are members whose own records are not shown to
     * this caller (they do not share with their partner's counsellor). {@code audience} is CLINICIAN,
     * or CLIENT for the version without clinician-only fields ({@link #forClients()}).
     */
    public record StepRecordsView(long caseId, CaseKind caseKind, CaseStatus caseStatus, List<MemberRef> members,
            List<Long> withheldMembers, List<BoundaryView> boundaries, List<MilestoneView> milestones,
            List<AssignmentView> education, List<SelfCarePlanView> selfCare, List<FieldVisibility> fields,
            String audience) {

        public static final String CLINICIAN = "CLINICIAN";
        public static final String CLIENT = "CLIENT";

        /** The rules the client version applies; screens and reports use the same list. */
        public static final List<FieldVisibility> FIELDS = List.of(
                new FieldVisibility("boundaries.wording", true, null),
                new FieldVisibility("boundaries.status", true, null),
                new FieldVisibility("boundaries.agreedOn", true, null),
                new FieldVisibility("boundaries.reviewOn", true, null),
                new FieldVisibility("boundaries.proposedBy", true, "the member's name; a counsellor as 'counsellor'"),
                new FieldVisibility("boundaries.history.previousWording", true, "what was agreed before"),
                new FieldVisibility("boundaries.history.note", false, "the counsellor's note on a change"),
                new FieldVisibility("boundaries.history.by", false, "staff usernames"),
                new FieldVisibility("milestones", true, "only those with visibleToClient"),
                new FieldVisibility("milestones.visibleToClient", false, null),
                new FieldVisibility("education.item", true, null),
                new FieldVisibility("education.status", true, null),
                new FieldVisibility("education.note", false, "the counsellor's note"),
                new FieldVisibility("selfCare.activity", true, "active activities only"),
                new FieldVisibility("selfCare.frequency", true, null),
                new FieldVisibility("selfCare.note", false, "the counsellor's note"));

        /**
         * The version for clients (a client's PDF): no clinician-only field, no hidden milestone, no
         * retired self-care activity; staff appear by no name.
         */
        public StepRecordsView forClients() {
            List<BoundaryView> b = boundaries.stream().map(v -> new BoundaryView(v.id(), v.caseId(), v.step(),
                    v.wording(), v.proposedBy() == null || v.proposedBy().counsellor() == null ? v.proposedBy()
                            : new ProposedBy(ProposedBy.COUNSELLOR, null, null),
                    v.status(), v.agreedOn(), v.reviewOn(), v.reviewDue(), v.history().stream()
                            .map(e -> new BoundaryEventView(e.kind(), e.from(), e.to(), null, e.previousWording(),
                                    e.at(), null)).toList(), null, v.updatedAt(), v.version())).toList();
            List<MilestoneView> m = milestones.stream().filter(MilestoneView::visibleToClient).toList();
            List<AssignmentView> e = education.stream().map(a -> new AssignmentView(a.id(), a.caseId(), a.step(),
                    a.member(), a.item(), a.assignedOn(), a.status(), a.statusChangedOn(), null, null, a.version()))
                    .toList();
            List<SelfCarePlanView> s = selfCare.stream().map(p -> new SelfCarePlanView(p.member(), p.activities()
                    .stream().filter(SelfCareView::active).map(a -> new SelfCareView(a.id(), a.caseId(), a.step(),
                            a.member(), a.activity(), a.frequency(), null, true, a.version())).toList())).toList();
            return new StepRecordsView(caseId, caseKind, caseStatus, members, withheldMembers, b, m, e, s, fields,
                    CLIENT);
        }
    }
}
