package org.tenfold.plan;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.primefaces.PrimeFaces;
import org.tenfold.care.CaseKind;
import org.tenfold.plan.PlanViews.GoalView;
import org.tenfold.plan.PlanViews.ObjectiveView;
import org.tenfold.plan.PlanViews.PlanDiff;
import org.tenfold.plan.PlanViews.PlanMember;
import org.tenfold.plan.PlanViews.PlanSummary;
import org.tenfold.plan.PlanViews.PlanView;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;
import org.tenfold.shell.Screens;

/**
 * A case's treatment plan organised by the ten steps: start it (empty or from the template), change
 * the draft's goals, objectives and review date, sign it, revise it, and compare a version with the
 * one before. The plan service decides who may do what (a refusal is audited there). An objective's
 * dialog answers bad input beside its fields and keeps what was typed when someone else saved the
 * objective meanwhile.
 */
@Named
@ViewScoped
public class PlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COUPLE = "COUPLE";
    private static final DateTimeFormatter DATE = org.tenfold.shell.DateTimes.DATE;
    /** The service's field names for an objective, and the dialog's fields that show their messages. */
    private static final Map<String, String> OBJECTIVE_FIELDS = Map.of("text", "text", "targetDate", "target",
            "status", "status");

    @Inject
    PlanService plans;

    private String caseId;
    private String planId;
    private Long caseKey;
    private boolean refused;
    private List<PlanSummary> versions = List.of();
    // clinical content stays in memory for the open page only, never in a stored session
    private transient PlanView plan;
    private transient PlanDiff diff;
    private LocalDate reviewOn;

    // the goal dialog
    private Long goalId;
    private Long goalVersion;
    private String stepCode;
    private String member;
    private String statement;
    private String interventions;
    private GoalStatus goalStatus = GoalStatus.NOT_STARTED;
    private String clinicianNote;

    // the objective dialog (new, or changed)
    private Long objectiveGoalId;
    private Long objectiveId;
    private Long objectiveVersion;
    private String objectiveText;
    private LocalDate objectiveTarget;
    private ObjectiveStatus objectiveStatus = ObjectiveStatus.NOT_STARTED;


    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        OptionalLong parsed = Ids.parse(caseId);
        if (parsed.isEmpty()) {
            Screens.notFound();
            return;
        }
        caseKey = parsed.getAsLong();
        OptionalLong wanted = Ids.parse(planId);
        refresh(wanted.isPresent() ? wanted.getAsLong() : null);
    }

    /** Reads the case's versions and shows the one asked for, else the draft, else the one in force. */
    private void refresh(Long show) {
        try {
            versions = plans.ofCase(caseKey);
            Long id = show;
            if (id == null || versions.stream().noneMatch(v -> v.id() == show)) {
                id = versions.stream().filter(v -> v.status() == PlanStatus.DRAFT).map(PlanSummary::id).findFirst()
                        .orElse(versions.stream().filter(PlanSummary::active).map(PlanSummary::id).findFirst()
                                .orElse(versions.isEmpty() ? null : versions.get(0).id()));
            }
            plan = id == null ? null : plans.get(id);
            reviewOn = plan == null ? null : plan.reviewOn();
            diff = null;
        } catch (BusinessException e) {
            refused = e.kind() == BusinessException.Kind.FORBIDDEN;
            plan = null;
            Screens.show(e);
        }
    }

    private void reload() {
        refresh(plan == null ? null : plan.id());
    }

    public void start(boolean fromTemplate) {
        try {
            plan = plans.create(caseKey, fromTemplate, null);
            refresh(plan.id());
            Screens.info(fromTemplate ? "Plan started from the template: edit the suggested goals."
                    : "Plan started.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void saveReviewDate() {
        try {
            PlanHeader h = new PlanHeader();
            h.reviewOn = reviewOn;
            plan = plans.updateHeader(plan.id(), plan.version(), h);
            reviewOn = plan.reviewOn();
            Screens.info("Review date saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void sign() {
        try {
            plan = plans.sign(plan.id(), plan.version());
            refresh(plan.id());
            Screens.info("Version " + plan.planVersion() + " signed.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void revise() {
        try {
            PlanView revision = plans.revise(plan.id());
            refresh(revision.id());
            Screens.info("Version " + revision.planVersion() + " drafted from the signed plan.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void show(long id) {
        refresh(id);
    }

    public void compare() {
        try {
            if (plan != null && plan.previousId() != null) {
                diff = plans.diff(plan.id(), plan.previousId());
            }
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void newGoal(String step) {
        goalId = null;
        goalVersion = null;
        stepCode = step;
        member = plan != null && plan.caseKind() == CaseKind.COUPLE ? COUPLE
                : plan == null || plan.members().isEmpty() ? null : String.valueOf(plan.members().get(0).clientId());
        statement = null;
        interventions = null;
        goalStatus = GoalStatus.NOT_STARTED;
        clinicianNote = null;
    }

    public void editGoal(GoalView g) {
        goalId = g.id();
        goalVersion = g.version();
        stepCode = g.stepCode();
        member = g.couple() ? COUPLE : String.valueOf(g.clientId());
        statement = g.statement();
        interventions = g.interventions();
        goalStatus = g.status();
        clinicianNote = g.clinicianNote();
    }

    public void saveGoal() {
        GoalInput in = new GoalInput();
        in.stepCode = stepCode;
        in.couple = COUPLE.equals(member);
        in.clientId = in.couple || member == null ? null : Long.valueOf(member);
        in.statement = statement;
        in.interventions = interventions;
        in.status = goalStatus;
        in.clinicianNote = clinicianNote;
        try {
            if (goalId == null) {
                plans.addGoal(plan.id(), in);
            } else {
                plans.updateGoal(plan.id(), goalId, goalVersion, in);
            }
            reload();
            Screens.info("Goal saved.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void removeGoal(GoalView g) {
        try {
            plans.deleteGoal(plan.id(), g.id(), g.version());
            reload();
            Screens.info("Goal removed.");
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public void newObjective(GoalView g) {
        objectiveGoalId = g.id();
        objectiveId = null;
        objectiveVersion = null;
        objectiveText = null;
        objectiveTarget = null;
        objectiveStatus = ObjectiveStatus.NOT_STARTED;
    }

    public void editObjective(GoalView g, ObjectiveView o) {
        objectiveGoalId = g.id();
        objectiveId = o.id();
        objectiveVersion = o.version();
        objectiveText = o.text();
        objectiveTarget = o.targetDate();
        objectiveStatus = o.status();
    }

    public void saveObjective() {
        ObjectiveInput in = new ObjectiveInput();
        in.text = objectiveText;
        in.targetDate = objectiveTarget;
        in.status = objectiveStatus;
        try {
            if (objectiveId == null) {
                plans.addObjective(plan.id(), objectiveGoalId, in);
            } else {
                plans.updateObjective(plan.id(), objectiveGoalId, objectiveId, objectiveVersion, in);
            }
            reload();
            Screens.info(objectiveId == null ? "Objective added." : "Objective saved.");
        } catch (BusinessException e) {
            objectiveFailed(e);
        }
    }

    /**
     * A refusal while the objective's dialog is open: field errors beside their fields, anything else
     * above the form, and what was typed stays. A stale objective reloads the plan and takes the
     * objective's current version, so saving again is a deliberate choice.
     */
    private void objectiveFailed(BusinessException e) {
        if (e.kind() == BusinessException.Kind.STALE) {
            reload();
            currentObjective().ifPresent(o -> objectiveVersion = o.version());
            Screens.stale("this objective", "page");
            PrimeFaces.current().ajax().update("plan");
            return;
        }
        if (e.kind() == BusinessException.Kind.NOT_FOUND) {
            reload();
            Screens.error("This objective or its goal is no longer on the plan (someone removed it meanwhile), "
                    + "so nothing was saved.");
            PrimeFaces.current().ajax().update("plan");
            return;
        }
        Screens.show(e, field -> OBJECTIVE_FIELDS.containsKey(field) ? "objective:" + OBJECTIVE_FIELDS.get(field)
                : null);
        if (e.kind() == BusinessException.Kind.CONFLICT) {
            reload();
            PrimeFaces.current().ajax().update("plan");
        }
    }

    private Optional<ObjectiveView> currentObjective() {
        if (plan == null || objectiveId == null) {
            return Optional.empty();
        }
        return plan.steps().stream().flatMap(s -> s.goals().stream()).flatMap(g -> g.objectives().stream())
                .filter(o -> o.id() == objectiveId).findFirst();
    }

    public void removeObjective(GoalView g, long objectiveId, long version) {
        try {
            plans.deleteObjective(plan.id(), g.id(), objectiveId, version);
            reload();
        } catch (BusinessException e) {
            Screens.show(e);
        }
    }

    public List<SelectItem> getMemberOptions() {
        List<SelectItem> items = new ArrayList<>();
        if (plan == null) {
            return items;
        }
        if (plan.caseKind() == CaseKind.COUPLE) {
            items.add(new SelectItem(COUPLE, "The couple"));
        }
        for (PlanMember m : plan.members()) {
            items.add(new SelectItem(String.valueOf(m.clientId()), m.displayName() + switch (m.role()) {
                case IN_RECOVERY -> " (in recovery)";
                case PARTNER -> " (partner)";
                case INDIVIDUAL -> "";
            }));
        }
        return items;
    }

    public GoalStatus[] getGoalStatuses() {
        return GoalStatus.values();
    }

    public ObjectiveStatus[] getObjectiveStatuses() {
        return ObjectiveStatus.values();
    }

    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    public boolean isDraft() {
        return plan != null && plan.status() == PlanStatus.DRAFT;
    }

    public boolean isRevisable() {
        return plan != null && plan.active() && versions.stream().noneMatch(v -> v.status() == PlanStatus.DRAFT);
    }

    public boolean isNoPlan() {
        return !refused && caseKey != null && plan == null && versions.isEmpty();
    }

    public String getCaseId() { return caseId; }
    public void setCaseId(String caseId) { this.caseId = caseId; }
    public String getPlanId() { return planId; }
    public void setPlanId(String planId) { this.planId = planId; }
    public Long getCaseKey() { return caseKey; }
    public PlanView getPlan() { return plan; }
    public PlanDiff getDiff() { return diff; }
    public List<PlanSummary> getVersions() { return versions; }
    public boolean isRefused() { return refused; }
    public LocalDate getReviewOn() { return reviewOn; }
    public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
    public String getStepCode() { return stepCode; }
    public void setStepCode(String stepCode) { this.stepCode = stepCode; }
    public String getMember() { return member; }
    public void setMember(String member) { this.member = member; }
    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getInterventions() { return interventions; }
    public void setInterventions(String interventions) { this.interventions = interventions; }
    public GoalStatus getGoalStatus() { return goalStatus; }
    public void setGoalStatus(GoalStatus goalStatus) { this.goalStatus = goalStatus; }
    public String getClinicianNote() { return clinicianNote; }
    public void setClinicianNote(String clinicianNote) { this.clinicianNote = clinicianNote; }
    public Long getGoalId() { return goalId; }
    public String getObjectiveText() { return objectiveText; }
    public void setObjectiveText(String objectiveText) { this.objectiveText = objectiveText; }
    public LocalDate getObjectiveTarget() { return objectiveTarget; }
    public void setObjectiveTarget(LocalDate objectiveTarget) { this.objectiveTarget = objectiveTarget; }
    public Long getObjectiveId() { return objectiveId; }
    public ObjectiveStatus getObjectiveStatus() { return objectiveStatus; }
    public void setObjectiveStatus(ObjectiveStatus objectiveStatus) { this.objectiveStatus = objectiveStatus; }
}
