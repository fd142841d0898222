package org.tenfold.plan.records;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.primefaces.PrimeFaces;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseStatus;
import org.tenfold.plan.FrameworkService;
import org.tenfold.plan.PlanBacking;
import org.tenfold.plan.StepView;
import org.tenfold.plan.records.StepRecordInputs.AssignmentChange;
import org.tenfold.plan.records.StepRecordInputs.AssignmentInput;
import org.tenfold.plan.records.StepRecordInputs.BoundaryInput;
import org.tenfold.plan.records.StepRecordInputs.MilestoneInput;
import org.tenfold.plan.records.StepRecordInputs.SelfCareInput;
import org.tenfold.plan.records.StepRecordInputs.StatusChange;
import org.tenfold.plan.records.StepRecordViews.AssignmentView;
import org.tenfold.plan.records.StepRecordViews.BoundaryView;
import org.tenfold.plan.records.StepRecordViews.EducationItemView;
import org.tenfold.plan.records.StepRecordViews.MemberRef;
import org.tenfold.plan.records.StepRecordViews.MilestoneView;
import org.tenfold.plan.records.StepRecordViews.SelfCareView;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Screens;

/**
 * The step records of the case on the plan screen: boundaries (step 4), milestones (7), education
 * assignments (8) and self-care (9). They belong to the case, so every plan version shows the same
 * records, and they show before a plan exists. The step-record services decide who may read and change
 * them; a refusal, a stale record or bad input is shown beside the form, and what was typed stays. The
 * milestone and self-care dialogs record a new one or change one already recorded.
 */
@Named
@ViewScoped
public class StepRecordsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The steps that carry records, by code. */
    public static final Set<String> RECORD_STEPS = Set.of("BOUNDARIES", "MILESTONES", "EDUCATION", "SELF_CARE");
    private static final String COUPLE = "COUPLE";
    private static final String COUNSELLOR = "COUNSELLOR";

    @Inject
    PlanBacking planBacking;
    @Inject
    StepRecordsService records;
    @Inject
    BoundaryService boundaries;
    @Inject
    MilestoneService milestones;
    @Inject
    EducationService education;
    @Inject
    SelfCareService selfCare;
    @Inject
    FrameworkService framework;

    private Long caseKey;
    private boolean refused;
    // clinical content stays in memory for the open page only
    private transient StepRecordsView view;
    private transient List<EducationItemView> catalogue;

    // the boundary dialog (new, or reworded)
    private Long boundaryId;
    private Long boundaryVersion;
    private String wording;
    private String proposedBy;
    private LocalDate agreedOn;
    private LocalDate reviewOn;
    private String boundaryNote;

    // the boundary status dialog
    private String statusWording;
    private BoundaryStatus currentStatus;
    private BoundaryStatus newStatus;
    private String statusNote;
    private LocalDate statusOn;

    // the milestone dialog (new, or changed)
    private Long milestoneId;
    private Long milestoneVersion;
    private String milestoneOf;
    private String whose;
    private LocalDate achievedOn;
    private String description;
    private boolean visibleToClient = true;

    // the assignment dialogs
    private Long assignmentId;
    private Long assignmentVersion;
    private String assignee;
    private Long itemId;
    private LocalDate assignedOn;
    private String assignmentNote;
    private AssignmentStatus assignmentStatus;
    private AssignmentStatus assignmentCurrent;
    private String assignmentTitle;

    // the self-care dialog (new, or changed)
    private Long selfCareId;
    private Long selfCareVersion;
    private String selfCareOf;
    private String selfCareMember;
    private String activity;
    private String frequency;
    private String selfCareNote;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        caseKey = planBacking.getCaseKey();
        refused = planBacking.isRefused();
        if (caseKey != null && !refused) {
            reload();
        }
    }

    private void reload() {
        try {
            view = records.get(caseKey);
        } catch (BusinessException e) {
            view = null;
            refused = e.kind() == BusinessException.Kind.FORBIDDEN;
            Screens.show(e);
        }
    }

    /** The records, read again when the page's memory lost them. */
    public StepRecordsView getView() {
        if (view == null && caseKey != null && !refused) {
            reload();
        }
        return view;
    }

    /** May the screen offer changes? Closed cases are read-only (the service refuses them too). */
    public boolean isEditable() {
        StepRecordsView v = getView();
        return v != null && v.caseStatus() != CaseStatus.CLOSED;
    }

    public boolean isClosed() {
        StepRecordsView v = getView();
        return v != null && v.caseStatus() == CaseStatus.CLOSED;
    }

    public boolean hasRecords(String stepCode) {
        return RECORD_STEPS.contains(stepCode);
    }

    /** The steps with records, for a case without a plan yet. */
    public List<StepView> getRecordSteps() {
        return framework.steps().steps().stream().filter(s -> RECORD_STEPS.contains(s.code())).toList();
    }

    /** Members whose own records this caller does not see, by name. */
    public String getWithheldNames() {
        StepRecordsView v = getView();
        if (v == null || v.withheldMembers().isEmpty()) {
            return null;
        }
        return String.join(", ", v.members().stream().filter(m -> v.withheldMembers().contains(m.clientId()))
                .map(MemberRef::displayName).toList());
    }

    // ---- boundaries ----------------------------------------------------------------------

    public void newBoundary() {
        boundaryId = null;
        boundaryVersion = null;
        wording = null;
        proposedBy = COUNSELLOR;
        agreedOn = null;
        reviewOn = null;
        boundaryNote = null;
    }

    public void editBoundary(BoundaryView b) {
        boundaryId = b.id();
        boundaryVersion = b.version();
        wording = b.wording();
        proposedBy = null;
        agreedOn = b.agreedOn();
        reviewOn = b.reviewOn();
        boundaryNote = null;
    }

    public void saveBoundary() {
        BoundaryInput in = new BoundaryInput();
        in.wording = wording;
        in.reviewOn = reviewOn;
        in.note = boundaryNote;
        if (boundaryId == null) {
            in.proposedByClientId = proposedBy == null || COUNSELLOR.equals(proposedBy) ? null : Long.valueOf(proposedBy);
            in.agreedOn = agreedOn;
        }
        try {
            if (boundaryId == null) {
                boundaries.create(caseKey, in);
                saved("boundaryDialog", "Boundary recorded.");
            } else {
                boundaries.revise(caseKey, boundaryId, boundaryVersion, in);
                saved("boundaryDialog", "Boundary saved.");
            }
        } catch (BusinessException e) {
            failed(e, "boundary", v -> v.boundaries().stream().filter(b -> b.id() == boundaryId).findFirst()
                    .ifPresent(b -> boundaryVersion = b.version()),
                    "wording", "reviewOn", "agreedOn", "note", "proposedByClientId");
        }
    }

    public void changeBoundaryStatus(BoundaryView b) {
        boundaryId = b.id();
        boundaryVersion = b.version();
        currentStatus = b.status();
        statusWording = b.wording();
        newStatus = b.status().next().stream().filter(s -> s != b.status()).findFirst().orElse(null);
        statusNote = null;
        statusOn = null;
    }

    public void saveBoundaryStatus() {
        StatusChange in = new StatusChange();
        in.status = newStatus;
        in.note = statusNote;
        in.wording = newStatus == BoundaryStatus.RENEGOTIATED ? statusWording : null;
        in.on = newStatus == BoundaryStatus.AGREED ? statusOn : null;
        try {
            boundaries.changeStatus(caseKey, boundaryId, boundaryVersion, in);
            saved("boundaryStatusDialog", "Boundary now " + label(newStatus).toLowerCase(Locale.ENGLISH) + ".");
        } catch (BusinessException e) {
            failed(e, "boundaryStatus", v -> v.boundaries().stream().filter(b -> b.id() == boundaryId).findFirst()
                    .ifPresent(b -> {
                        boundaryVersion = b.version();
                        currentStatus = b.status();
                    }), "status", "note", "wording", "on");
        }
    }

    public List<BoundaryStatus> getNextStatuses() {
        return currentStatus == null ? List.of() : currentStatus.next().stream().toList();
    }

    // ---- milestones ----------------------------------------------------------------------

    public void newMilestone() {
        milestoneId = null;
        milestoneVersion = null;
        milestoneOf = null;
        whose = view != null && view.caseKind() == CaseKind.COUPLE ? COUPLE : null;
        achievedOn = null;
        description = null;
        visibleToClient = true;
    }

    /** Opens a recorded milestone for a new description, date or visibility; whose it is stays. */
    public void editMilestone(MilestoneView m) {
        milestoneId = m.id();
        milestoneVersion = m.version();
        milestoneOf = memberLabel(m.whose());
        whose = m.whose() == null ? COUPLE : String.valueOf(m.whose().clientId());
        achievedOn = m.achievedOn();
        description = m.description();
        visibleToClient = m.visibleToClient();
    }

    public void saveMilestone() {
        MilestoneInput in = new MilestoneInput();
        in.clientId = whose == null || COUPLE.equals(whose) ? null : Long.valueOf(whose);
        in.achievedOn = achievedOn;
        in.description = description;
        in.visibleToClient = visibleToClient;
        try {
            if (milestoneId == null) {
                milestones.create(caseKey, in);
                saved("milestoneDialog", "Milestone recorded.");
            } else {
                milestones.update(caseKey, milestoneId, milestoneVersion, in);
                saved("milestoneDialog", "Milestone saved.");
            }
        } catch (BusinessException e) {
            failed(e, "milestone", v -> v.milestones().stream()
                    .filter(m -> milestoneId != null && m.id() == milestoneId).findFirst()
                    .ifPresent(m -> milestoneVersion = m.version()), "clientId", "achievedOn", "description");
        }
    }

    /** Shows a milestone to the clients (in their progress reports), or hides it. */
    public void toggleVisible(MilestoneView m) {
        MilestoneInput in = new MilestoneInput();
        in.clientId = m.whose() == null ? null : m.whose().clientId();
        in.achievedOn = m.achievedOn();
        in.description = m.description();
        in.visibleToClient = !m.visibleToClient();
        try {
            milestones.update(caseKey, m.id(), m.version(), in);
            reload();
            Screens.info(in.visibleToClient ? "The milestone is shown to the client." : "The milestone is hidden from the client.");
        } catch (BusinessException e) {
            listFailed(e);
        }
    }

    // ---- education -----------------------------------------------------------------------

    public void newAssignment() {
        assignmentId = null;
        assignee = firstMember();
        itemId = null;
        assignedOn = null;
        assignmentNote = null;
    }

    public void saveAssignment() {
        AssignmentInput in = new AssignmentInput();
        in.clientId = assignee == null ? null : Long.valueOf(assignee);
        in.itemId = itemId;
        in.assignedOn = assignedOn;
        in.note = assignmentNote;
        try {
            education.assign(caseKey, in);
            saved("assignmentDialog", "Assigned.");
        } catch (BusinessException e) {
            failed(e, "assignment", null, "clientId", "itemId", "assignedOn", "note");
        }
    }

    public void changeAssignment(AssignmentView a) {
        assignmentId = a.id();
        assignmentVersion = a.version();
        assignmentCurrent = a.status();
        assignmentStatus = a.status().next().stream().findFirst().orElse(a.status());
        assignmentNote = a.note();
        assignmentTitle = a.item().title() + " · " + a.member().displayName();
    }

    public void saveAssignmentStatus() {
        AssignmentChange in = new AssignmentChange();
        in.status = assignmentStatus;
        in.note = assignmentNote;
        try {
            education.updateAssignment(caseKey, assignmentId, assignmentVersion, in);
            saved("assignmentStatusDialog", "Assignment now " + label(assignmentStatus).toLowerCase(Locale.ENGLISH) + ".");
        } catch (BusinessException e) {
            failed(e, "assignmentStatus", v -> v.education().stream().filter(a -> a.id() == assignmentId).findFirst()
                    .ifPresent(a -> {
                        assignmentVersion = a.version();
                        assignmentCurrent = a.status();
                    }), "status", "note");
        }
    }

    public List<AssignmentStatus> getAssignmentStatuses() {
        if (assignmentCurrent == null) {
            return List.of();
        }
        List<AssignmentStatus> all = new ArrayList<>(List.of(assignmentCurrent));
        all.addAll(assignmentCurrent.next());
        return all;
    }

    /** Items of the catalogue in use, for assigning. */
    public List<EducationItemView> getCatalogue() {
        if (catalogue == null) {
            try {
                catalogue = education.catalogue(false);
            } catch (BusinessException e) {
                catalogue = List.of();
            }
        }
        return catalogue;
    }

    // ---- self-care -----------------------------------------------------------------------

    public void newSelfCare(MemberRef member) {
        selfCareId = null;
        selfCareVersion = null;
        selfCareOf = null;
        selfCareMember = member == null ? firstMember() : String.valueOf(member.clientId());
        activity = null;
        frequency = null;
        selfCareNote = null;
    }

    /** Opens an activity for new wording, frequency or note; its member and whether it is on the plan stay. */
    public void editSelfCare(SelfCareView a) {
        selfCareId = a.id();
        selfCareVersion = a.version();
        selfCareOf = memberLabel(a.member());
        selfCareMember = String.valueOf(a.member().clientId());
        activity = a.activity();
        frequency = a.frequency();
        selfCareNote = a.note();
    }

    public void saveSelfCare() {
        SelfCareInput in = new SelfCareInput();
        in.clientId = selfCareMember == null ? null : Long.valueOf(selfCareMember);
        in.activity = activity;
        in.frequency = frequency;
        in.note = selfCareNote;
        try {
            if (selfCareId == null) {
                selfCare.add(caseKey, in);
                saved("selfCareDialog", "Self-care activity added.");
            } else {
                selfCare.update(caseKey, selfCareId, selfCareVersion, in);
                saved("selfCareDialog", "Self-care activity saved.");
            }
        } catch (BusinessException e) {
            failed(e, "selfCare", v -> v.selfCare().stream().flatMap(p -> p.activities().stream())
                    .filter(a -> selfCareId != null && a.id() == selfCareId).findFirst()
                    .ifPresent(a -> selfCareVersion = a.version()),
                    "clientId", "activity", "frequency", "note");
        }
    }

    /** Takes an activity off the member's plan, or puts it back. */
    public void switchSelfCare(SelfCareView a) {
        SelfCareInput in = new SelfCareInput();
        in.clientId = a.member().clientId();
        in.activity = a.activity();
        in.frequency = a.frequency();
        in.note = a.note();
        in.active = !a.active();
        try {
            selfCare.update(caseKey, a.id(), a.version(), in);
            reload();
            Screens.info(in.active ? "Activity back on the plan." : "Activity taken off the plan.");
        } catch (BusinessException e) {
            listFailed(e);
        }
    }

    // ---- shared ----------------------------------------------------------------------------

    /** After a save: read the records again, close the dialog and show the page with the message. */
    private void saved(String dialog, String message) {
        reload();
        Screens.info(message);
        PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        PrimeFaces.current().ajax().update("plan");
    }

    /**
     * A refusal while a dialog is open: field errors beside their fields, anything else above the form.
     * A stale record reloads the list and takes the current version, keeping what was typed, so a
     * second save is a deliberate choice.
     */
    private void failed(BusinessException e, String form, Consumer<StepRecordsView> takeCurrent, String... fields) {
        if (e.kind() == BusinessException.Kind.STALE) {
            reload();
            if (takeCurrent != null && view != null) {
                takeCurrent.accept(view);
            }
            Screens.stale("this record", "page");
            PrimeFaces.current().ajax().update("plan");
            return;
        }
        Set<String> known = Set.of(fields);
        Screens.show(e, field -> known.contains(field) ? form + ":" + field : null);
        if (e.kind() == BusinessException.Kind.CONFLICT) {
            reload();
            PrimeFaces.current().ajax().update("plan");
        }
    }

    /** A refusal of a change made from the list itself (no dialog). */
    private void listFailed(BusinessException e) {
        if (e.kind() == BusinessException.Kind.STALE) {
            reload();
            Screens.error("Someone else changed this record since the page was loaded, so nothing was saved. "
                    + "The page now shows their version: check it and try again.");
            return;
        }
        Screens.show(e);
    }

    private String firstMember() {
        List<SelectItem> m = getMemberOptions();
        return m.isEmpty() ? null : String.valueOf(m.get(0).getValue());
    }

    /** The members whose own records the caller may use. */
    public List<SelectItem> getMemberOptions() {
        List<SelectItem> items = new ArrayList<>();
        StepRecordsView v = getView();
        if (v == null) {
            return items;
        }
        for (MemberRef m : v.members()) {
            if (!v.withheldMembers().contains(m.clientId())) {
                items.add(new SelectItem(String.valueOf(m.clientId()), memberLabel(m)));
            }
        }
        return items;
    }

    /** Whose milestone: the couple (a couple's case), or a member. */
    public List<SelectItem> getWhoseOptions() {
        List<SelectItem> items = new ArrayList<>();
        StepRecordsView v = getView();
        if (v != null && v.caseKind() == CaseKind.COUPLE) {
            items.add(new SelectItem(COUPLE, "The couple"));
        }
        items.addAll(getMemberOptions());
        return items;
    }

    /** Who proposes a boundary: a member, or the counsellor recording it. */
    public List<SelectItem> getProposerOptions() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem(COUNSELLOR, "The counsellor"));
        StepRecordsView v = getView();
        if (v != null) {
            v.members().forEach(m -> items.add(new SelectItem(String.valueOf(m.clientId()), memberLabel(m))));
        }
        return items;
    }

    public String memberLabel(MemberRef m) {
        if (m == null) {
            return "The couple";
        }
        return m.displayName() + switch (m.role()) {
            case IN_RECOVERY -> " (in recovery)";
            case PARTNER -> " (partner)";
            case INDIVIDUAL -> "";
        };
    }

    public String proposer(BoundaryView b) {
        if (b.proposedBy() == null) {
            return "";
        }
        if (b.proposedBy().client() != null) {
            return b.proposedBy().client().displayName();
        }
        return b.proposedBy().counsellor() == null ? "the counsellor"
                : b.proposedBy().counsellor().displayName() + " (counsellor)";
    }

    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What a status change is called on the button. */
    public String statusAction(BoundaryStatus s) {
        return switch (s) {
            case PROPOSED -> "Proposed";
            case AGREED -> "Agree";
            case KEPT -> "Kept";
            case BROKEN -> "Broken";
            case RENEGOTIATED -> "Renegotiate";
            case RETIRED -> "Retire";
        };
    }

    public Long getCaseKey() { return caseKey; }
    public boolean isRefused() { return refused; }
    public Long getBoundaryId() { return boundaryId; }
    public String getWording() { return wording; }
    public void setWording(String wording) { this.wording = wording; }
    public String getProposedBy() { return proposedBy; }
    public void setProposedBy(String proposedBy) { this.proposedBy = proposedBy; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public void setAgreedOn(LocalDate agreedOn) { this.agreedOn = agreedOn; }
    public LocalDate getReviewOn() { return reviewOn; }
    public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
    public String getBoundaryNote() { return boundaryNote; }
    public void setBoundaryNote(String boundaryNote) { this.boundaryNote = boundaryNote; }
    public String getStatusWording() { return statusWording; }
    public void setStatusWording(String statusWording) { this.statusWording = statusWording; }
    public BoundaryStatus getCurrentStatus() { return currentStatus; }
    public BoundaryStatus getNewStatus() { return newStatus; }
    public void setNewStatus(BoundaryStatus newStatus) { this.newStatus = newStatus; }
    public String getStatusNote() { return statusNote; }
    public void setStatusNote(String statusNote) { this.statusNote = statusNote; }
    public LocalDate getStatusOn() { return statusOn; }
    public void setStatusOn(LocalDate statusOn) { this.statusOn = statusOn; }
    public Long getMilestoneId() { return milestoneId; }
    public String getMilestoneOf() { return milestoneOf; }
    public String getWhose() { return whose; }
    public void setWhose(String whose) { this.whose = whose; }
    public LocalDate getAchievedOn() { return achievedOn; }
    public void setAchievedOn(LocalDate achievedOn) { this.achievedOn = achievedOn; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isVisibleToClient() { return visibleToClient; }
    public void setVisibleToClient(boolean visibleToClient) { this.visibleToClient = visibleToClient; }
    public String getAssignee() { return assignee; }
    public void setAssignee(String assignee) { this.assignee = assignee; }
    public Long getItemId() { return itemId; }
    public void setItemId(Long itemId) { this.itemId = itemId; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public void setAssignedOn(LocalDate assignedOn) { this.assignedOn = assignedOn; }
    public String getAssignmentNote() { return assignmentNote; }
    public void setAssignmentNote(String assignmentNote) { this.assignmentNote = assignmentNote; }
    public AssignmentStatus getAssignmentStatus() { return assignmentStatus; }
    public void setAssignmentStatus(AssignmentStatus assignmentStatus) { this.assignmentStatus = assignmentStatus; }
    public String getAssignmentTitle() { return assignmentTitle; }
    public Long getSelfCareId() { return selfCareId; }
    public String getSelfCareOf() { return selfCareOf; }
    public String getSelfCareMember() { return selfCareMember; }
    public void setSelfCareMember(String selfCareMember) { this.selfCareMember = selfCareMember; }
    public String getActivity() { return activity; }
    public void setActivity(String activity) { this.activity = activity; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getSelfCareNote() { return selfCareNote; }
    public void setSelfCareNote(String selfCareNote) { this.selfCareNote = selfCareNote; }
}
