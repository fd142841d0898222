package org.tenfold.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.care.AccessRule;
import org.tenfold.care.CareCase;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseMember;
import org.tenfold.care.CaseRole;
import org.tenfold.care.CaseStatus;
import org.tenfold.care.ClinicalAccess;
import org.tenfold.care.Disclosure;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.plan.PlanViews.Change;
import org.tenfold.plan.PlanViews.DueReview;
import org.tenfold.plan.PlanViews.FieldChange;
import org.tenfold.plan.PlanViews.GoalChange;
import org.tenfold.plan.PlanViews.GoalView;
import org.tenfold.plan.PlanViews.ObjectiveView;
import org.tenfold.plan.PlanViews.PlanDiff;
import org.tenfold.plan.PlanViews.PlanMember;
import org.tenfold.plan.PlanViews.PlanSummary;
import org.tenfold.plan.PlanViews.PlanView;
import org.tenfold.plan.PlanViews.StepGoals;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.platform.StaleDataException;
import org.tenfold.staff.Role;
import org.tenfold.staff.Roles;
import org.tenfold.staff.Staff;

/**
 * Treatment plans per case. Access is the case's (its counsellors, their supervisors, a
 * break-the-glass grant: {@link ClinicalAccess#requireCase}); every read and change is audited per
 * member of the case, every refusal by ClinicalAccess. Every method that changes a plan goes through
 * {@link #draft}: a signed version refuses with 409 whatever the path, before any other question
 * about the input; the entities refuse again, and the database's triggers last of all.
 *
 * <p>Each method admits every staff role, so that a refusal is audited with the clients' ids; who
 * may actually do what is decided per case.
 */
@Stateless
public class PlanService {

    /** A plan's review appears on the dashboard this many days ahead. */
    public static final int REVIEW_WINDOW_DAYS = 14;

    private static final String ENTITY = "TreatmentPlan";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicalAccess access;

    @Inject
    FrameworkCatalogue framework;

    @Inject
    ClinicProfile clinic;

    /** Every version of the case's plan, newest first. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<PlanSummary> ofCase(long caseId) {
        CareCase c = findCase(caseId, false);
        access.requireCase(c, AuditAction.PLAN_VIEW);
        List<PlanSummary> plans = plansOf(caseId).stream().map(p -> new PlanSummary(p.getId(), p.getCaseId(),
                p.getPlanVersion(), p.getStatus(), p.getStatus() == PlanStatus.SIGNED, p.getReviewOn(),
                p.getSignedBy(), p.getSignedAt(), p.getContentSha256(), p.getGoals().size(), p.getVersion())).toList();
        auditCase(c, AuditAction.PLAN_VIEW, "Case", caseId, plans.size() + " plan version(s) listed");
        return plans;
    }

    /**
     * Starts the case's first plan as a draft, empty or with the template's suggested goals. A case
     * has one draft at a time; once a plan is signed, the next version comes from {@link #revise}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanView create(long caseId, boolean fromTemplate, LocalDate reviewOn) {
        CareCase c = findCase(caseId, true);
        access.requireCase(c, AuditAction.PLAN_CREATE);
        if (c.getStatus() != CaseStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case is closed; reopen it to plan.");
        }
        List<TreatmentPlan> existing = plansOf(caseId);
        existing.stream().filter(TreatmentPlan::isDraft).findFirst().ifPresent(d -> {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case has a draft plan already "
                    + "(version " + d.getPlanVersion() + "); work on that one.");
        });
        if (!existing.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This case has a signed plan; revise it to make the next version.");
        }
        validReviewDate(reviewOn);
        TreatmentPlan plan = new TreatmentPlan(caseId, 1, fromTemplate, null, reviewOn, by(), Instant.now());
        if (fromTemplate) {
            for (PlanTemplates.Suggestion s : PlanTemplates.suggestionsFor(c, framework.steps())) {
                plan.addGoal(newKey(), s.stepCode(), s.clientId(), s.statement(), s.interventions(),
                        GoalStatus.NOT_STARTED, null);
            }
        }
        em.persist(plan);
        flush("This case's plan");
        auditCase(c, AuditAction.PLAN_CREATE, ENTITY, plan.getId(), "version 1 drafted"
                + (fromTemplate ? " from the " + c.getKind().name().toLowerCase() + " template" : ""));
        return view(plan, c);
    }

    /** One version of a plan, with its case's members and all ten steps. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanView get(long planId) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = findCase(plan.getCaseId(), false);
        access.requireCase(c, AuditAction.PLAN_VIEW);
        auditCase(c, AuditAction.PLAN_VIEW, ENTITY, planId, "version " + plan.getPlanVersion() + " read");
        return view(plan, c);
    }

    /**
     * One version as an output made for the case's clients may carry it ({@code purpose}, and
     * {@code subject} for a member's own report or record export): a member's own goals only as
     * {@link Disclosure} allows. Clinician-only fields are still in; a client's copy takes
     * {@link PlanView#forClient()}.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanView forOutput(long planId, Disclosure.Purpose purpose, Long subject) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = findCase(plan.getCaseId(), false);
        access.requireCase(c, AuditAction.PLAN_VIEW);
        auditCase(c, AuditAction.PLAN_VIEW, ENTITY, planId, "version " + plan.getPlanVersion() + " read for "
                + purpose.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        return view(plan, c, access.disclosure(c, purpose, subject));
    }

    /** The draft's own fields (the review date); {@code expectedVersion} is the plan's version as read. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanView updateHeader(long planId, Long expectedVersion, PlanHeader header) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_UPDATE);
        checkVersion(expectedVersion, plan.getVersion(), "This plan");
        LocalDate reviewOn = header == null ? null : header.reviewOn;
        validReviewDate(reviewOn);
        plan.setReviewOn(reviewOn);
        forceVersionBump(plan);
        flush("This plan");
        auditCase(c, AuditAction.PLAN_UPDATE, ENTITY, planId, "review date " + reviewOn);
        return view(plan, c);
    }

    /**
     * Signs the draft: the content's SHA-256 is stored with the signer and time, and from now on the
     * version never changes. The version it revised, if any, becomes SUPERSEDED. A plan is signed
     * with a review date (today or later) and at least one goal.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanView sign(long planId, Long expectedVersion) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_SIGN);
        checkVersion(expectedVersion, plan.getVersion(), "This plan");
        Map<String, String> errors = new LinkedHashMap<>();
        if (plan.getReviewOn() == null) {
            errors.put("reviewOn", "Set the date the plan is to be reviewed on before signing it.");
        } else if (plan.getReviewOn().isBefore(today())) {
            errors.put("reviewOn", "The review date has passed; set a new one before signing.");
        }
        if (plan.getGoals().isEmpty()) {
            errors.put("goals", "Add at least one goal before signing the plan.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        for (TreatmentPlan other : plansOf(c.getId())) {
            if (other.getStatus() == PlanStatus.SIGNED) {
                other.supersede(now);
            }
        }
        plan.sign(by(), now);
        flush("This plan");
        auditCase(c, AuditAction.PLAN_SIGN, ENTITY, planId, "version " + plan.getPlanVersion() + " signed, sha256 "
                + plan.getContentSha256());
        return view(plan, c);
    }

    /**
     * The next version: a draft copy of the signed version in force (same goal keys, so versions can
     * be compared). The signed version stays in force, unchanged, until the new one is signed.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanView revise(long planId) {
        TreatmentPlan signed = findPlan(planId);
        CareCase c = findCase(signed.getCaseId(), true);
        access.requireCase(c, AuditAction.PLAN_REVISE);
        if (signed.isDraft()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "This version is a draft: change it directly, and sign it when it is ready.");
        }
        if (signed.getStatus() == PlanStatus.SUPERSEDED) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "A later version was signed; revise the version in force.");
        }
        List<TreatmentPlan> all = plansOf(c.getId());
        all.stream().filter(TreatmentPlan::isDraft).findFirst().ifPresent(d -> {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "This case has a draft plan already "
                    + "(version " + d.getPlanVersion() + "); work on that one.");
        });
        int next = all.stream().mapToInt(TreatmentPlan::getPlanVersion).max().orElse(0) + 1;
        TreatmentPlan revision = new TreatmentPlan(c.getId(), next, false, signed.getId(), signed.getReviewOn(), by(),
                Instant.now());
        for (PlanGoal g : signed.getGoals()) {
            PlanGoal copy = revision.addGoal(g.getGoalKey(), g.getStepCode(), g.getClientId(), g.getStatement(),
                    g.getInterventions(), g.getStatus(), g.getClinicianNote());
            for (PlanObjective o : g.getObjectives()) {
                copy.addObjective(o.getObjectiveKey(), o.getText(), o.getTargetDate(), o.getStatus());
            }
        }
        em.persist(revision);
        flush("This case's plan");
        auditCase(c, AuditAction.PLAN_REVISE, ENTITY, revision.getId(), "version " + next + " drafted from version "
                + signed.getPlanVersion());
        return view(revision, c);
    }

    /** What changed from version {@code againstId} to version {@code planId} of the same case's plan. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanDiff diff(long planId, long againstId) {
        TreatmentPlan to = findPlan(planId);
        CareCase c = findCase(to.getCaseId(), false);
        access.requireCase(c, AuditAction.PLAN_VIEW);
        TreatmentPlan from = em.find(TreatmentPlan.class, againstId);
        if (from == null || !from.getCaseId().equals(to.getCaseId())) {
            throw new InvalidInputException("against", "Compare with another version of the same case's plan.");
        }
        PlanDiff diff = compare(from, to, c);
        auditCase(c, AuditAction.PLAN_VIEW, ENTITY, planId, "version " + to.getPlanVersion() + " compared with version "
                + from.getPlanVersion());
        return diff;
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public GoalView addGoal(long planId, GoalInput input) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_UPDATE);
        ValidGoal g = validGoal(input, c);
        PlanGoal goal = plan.addGoal(newKey(), g.stepCode, g.clientId, g.statement, g.interventions, g.status, g.note);
        forceVersionBump(plan);
        flush("This plan");
        auditCase(c, AuditAction.PLAN_UPDATE, "PlanGoal", goal.getId(), "goal added on " + g.stepCode
                + " (plan " + planId + ")");
        return goalView(goal, members(c));
    }

    /** Changes a goal of the draft; {@code expectedVersion} is the goal's version as read. */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public GoalView updateGoal(long planId, long goalId, Long expectedVersion, GoalInput input) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_UPDATE);
        PlanGoal goal = goalOf(plan, c, goalId);
        checkVersion(expectedVersion, goal.getVersion(), "This goal");
        ValidGoal g = validGoal(input, c);
        goal.change(g.stepCode, g.clientId, g.statement, g.interventions, g.status, g.note);
        forceVersionBump(plan);
        flush("This goal");
        auditCase(c, AuditAction.PLAN_UPDATE, "PlanGoal", goalId, "goal changed (plan " + planId + ")");
        return goalView(goal, members(c));
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public void deleteGoal(long planId, long goalId, Long expectedVersion) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_UPDATE);
        PlanGoal goal = goalOf(plan, c, goalId);
        checkVersion(expectedVersion, goal.getVersion(), "This goal");
        plan.removeGoal(goal);
        forceVersionBump(plan);
        flush("This goal");
        auditCase(c, AuditAction.PLAN_UPDATE, "PlanGoal", goalId, "goal removed (plan " + planId + ")");
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ObjectiveView addObjective(long planId, long goalId, ObjectiveInput input) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_UPDATE);
        PlanGoal goal = goalOf(plan, c, goalId);
        ValidObjective o = validObjective(input);
        PlanObjective objective = goal.addObjective(newKey(), o.text, o.targetDate, o.status);
        forceVersionBump(plan);
        flush("This goal");
        auditCase(c, AuditAction.PLAN_UPDATE, "PlanObjective", objective.getId(), "objective added to goal " + goalId);
        return objectiveView(objective);
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public ObjectiveView updateObjective(long planId, long goalId, long objectiveId, Long expectedVersion,
            ObjectiveInput input) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_UPDATE);
        PlanObjective objective = objectiveOf(goalOf(plan, c, goalId), objectiveId);
        checkVersion(expectedVersion, objective.getVersion(), "This objective");
        ValidObjective o = validObjective(input);
        objective.change(o.text, o.targetDate, o.status);
        forceVersionBump(plan);
        flush("This objective");
        auditCase(c, AuditAction.PLAN_UPDATE, "PlanObjective", objectiveId, "objective changed (goal " + goalId + ")");
        return objectiveView(objective);
    }

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public void deleteObjective(long planId, long goalId, long objectiveId, Long expectedVersion) {
        TreatmentPlan plan = findPlan(planId);
        CareCase c = draft(plan, AuditAction.PLAN_UPDATE);
        PlanGoal goal = goalOf(plan, c, goalId);
        PlanObjective objective = objectiveOf(goal, objectiveId);
        checkVersion(expectedVersion, objective.getVersion(), "This objective");
        goal.removeObjective(objective);
        forceVersionBump(plan);
        flush("This objective");
        auditCase(c, AuditAction.PLAN_UPDATE, "PlanObjective", objectiveId, "objective removed (goal " + goalId + ")");
    }

    /**
     * Signed plans in force whose review date is within {@link #REVIEW_WINDOW_DAYS} days or has passed,
     * on open cases the caller works on (as one of its counsellors, or as their supervisor); the
     * earliest first. Empty for staff without a clinical role.
     */
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public List<DueReview> dueForReview() {
        Staff me = access.staff();
        if (!me.hasRole(Role.COUNSELLOR) && !me.hasRole(Role.SUPERVISOR)) {
            return List.of();
        }
        AccessRule.Caller caller = access.caller().withoutGrants();
        LocalDate today = today();
        List<TreatmentPlan> due = em.createNamedQuery("TreatmentPlan.findDueForReview", TreatmentPlan.class)
                .setParameter("until", today.plusDays(REVIEW_WINDOW_DAYS)).getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        Map<Long, CareCase> cases = em.createQuery("SELECT c FROM CareCase c WHERE c.id IN :ids", CareCase.class)
                .setParameter("ids", due.stream().map(TreatmentPlan::getCaseId).collect(Collectors.toSet()))
                .getResultList().stream().collect(Collectors.toMap(CareCase::getId, Function.identity()));
        List<CareCase> mine = cases.values().stream().filter(c -> c.getStatus() == CaseStatus.OPEN)
                .filter(c -> access.worksOnCase(caller, c)).toList();
        Map<Long, Client> clients = clients(mine.stream().flatMap(c -> c.clientIds().stream()).collect(Collectors.toSet()));
        Map<Long, String> counsellors = staffNames(mine.stream().map(CareCase::getPrimaryCounsellorId)
                .collect(Collectors.toSet()));
        Set<Long> mineIds = mine.stream().map(CareCase::getId).collect(Collectors.toSet());
        List<DueReview> out = due.stream().filter(p -> mineIds.contains(p.getCaseId())).map(p -> {
            CareCase c = cases.get(p.getCaseId());
            return new DueReview(p.getId(), c.getId(), c.getKind(), p.getPlanVersion(), p.getReviewOn(),
                    p.getReviewOn().isBefore(today), ChronoUnit.DAYS.between(today, p.getReviewOn()),
                    members(c, clients), counsellors.get(c.getPrimaryCounsellorId()));
        }).toList();
        if (!out.isEmpty()) {
            audit.record(AuditAction.PLAN_VIEW, AuditOutcome.SUCCESS, ENTITY, null, null,
                    out.size() + " plan(s) due for review listed");
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------

    /** Access to the plan's case, then: a signed version refuses any change (409). */
    private CareCase draft(TreatmentPlan plan, AuditAction action) {
        CareCase c = findCase(plan.getCaseId(), false);
        access.requireCase(c, action);
        if (!plan.isDraft()) {
            throw new SignedPlanException();
        }
        return c;
    }

    private record ValidGoal(String stepCode, Long clientId, String statement, String interventions,
            GoalStatus status, String note) {
    }

    private record ValidObjective(String text, LocalDate targetDate, ObjectiveStatus status) {
    }

    /** A goal is on one of the ten steps and for a member of this case, or the couple in a couple's case. */
    private ValidGoal validGoal(GoalInput in, CareCase c) {
        if (in == null) {
            throw new InvalidInputException("goal", "Send the goal.");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String stepCode = clean(in.stepCode);
        if (stepCode == null || framework.step(stepCode).isEmpty()) {
            errors.put("stepCode", "Choose one of the ten steps by its code: " + String.join(", ",
                    framework.steps().stream().map(StepView::code).toList()) + ".");
        }
        boolean couple = Boolean.TRUE.equals(in.couple);
        if (couple && in.clientId != null) {
            errors.put("clientId", "A goal is for one member or for the couple, not both.");
        } else if (couple && c.getKind() != CaseKind.COUPLE) {
            errors.put("couple", "Only a couple's case has goals for the couple.");
        } else if (!couple && in.clientId == null) {
            errors.put("clientId", c.getKind() == CaseKind.COUPLE
                    ? "Choose the partner this goal is for, or the couple."
                    : "Choose the client this goal is for.");
        } else if (!couple && c.getMembers().stream().noneMatch(m -> m.getClientId().equals(in.clientId))) {
            errors.put("clientId", "This client is not a member of this case.");
        }
        String statement = clean(in.statement);
        if (statement == null || statement.length() > PlanGoal.STATEMENT_MAX) {
            errors.put("statement", "Say what the goal is, in at most " + PlanGoal.STATEMENT_MAX + " characters.");
        }
        String interventions = clean(in.interventions);
        if (interventions != null && interventions.length() > PlanGoal.TEXT_MAX) {
            errors.put("interventions", "At most " + PlanGoal.TEXT_MAX + " characters.");
        }
        String note = clean(in.clinicianNote);
        if (note != null && note.length() > PlanGoal.TEXT_MAX) {
            errors.put("clinicianNote", "At most " + PlanGoal.TEXT_MAX + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireMember(c, couple ? null : in.clientId, "new");
        return new ValidGoal(stepCode, couple ? null : in.clientId, statement, interventions,
                in.status == null ? GoalStatus.NOT_STARTED : in.status, note);
    }

    private static ValidObjective validObjective(ObjectiveInput in) {
        if (in == null) {
            throw new InvalidInputException("objective", "Send the objective.");
        }
        String text = clean(in.text);
        if (text == null || text.length() > PlanObjective.TEXT_MAX) {
            throw new InvalidInputException("text", "Say what is to be achieved, in at most " + PlanObjective.TEXT_MAX
                    + " characters.");
        }
        return new ValidObjective(text, in.targetDate, in.status == null ? ObjectiveStatus.NOT_STARTED : in.status);
    }

    private void validReviewDate(LocalDate reviewOn) {
        if (reviewOn != null && reviewOn.isBefore(today())) {
            throw new InvalidInputException("reviewOn", "The review date cannot be in the past.");
        }
        if (reviewOn != null && reviewOn.isAfter(today().plusYears(2))) {
            throw new InvalidInputException("reviewOn", "Review the plan within two years.");
        }
    }

    /** The plan's version moves with every change to its goals, so If-Match on the plan sees them. */
    private void forceVersionBump(TreatmentPlan plan) {
        em.lock(plan, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void flush(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleDataException(what);
        } catch (PersistenceException e) {
            if (String.valueOf(e.getMessage()).contains(SignedPlanException.MESSAGE)) {
                throw new SignedPlanException();
            }
            if (String.valueOf(e.getMessage()).contains("uk_treatment_plan")) {
                throw new BusinessException(BusinessException.Kind.CONFLICT,
                        "Someone else started a version of this case's plan at the same moment; reload it.");
            }
            throw e;
        }
    }

    private static void checkVersion(Long expected, long actual, String what) {
        if (expected != null && expected != actual) {
            throw new StaleDataException(what);
        }
    }

    private TreatmentPlan findPlan(long planId) {
        TreatmentPlan plan = em.find(TreatmentPlan.class, planId);
        if (plan == null) {
            throw new NotFoundException("Plan", planId);
        }
        return plan;
    }

    /** The case; locked when a new version is made, so two people cannot both start a draft. */
    private CareCase findCase(long caseId, boolean lock) {
        CareCase c = lock ? em.find(CareCase.class, caseId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(CareCase.class, caseId);
        if (c == null) {
            throw new NotFoundException("Case", caseId);
        }
        return c;
    }

    /** A goal of the plan whose member the caller may use (403, audited, for a withheld partner's goal). */
    private PlanGoal goalOf(TreatmentPlan plan, CareCase c, long goalId) {
        PlanGoal goal = plan.getGoals().stream().filter(g -> g.getId() == goalId).findFirst()
                .orElseThrow(() -> new NotFoundException("Goal", goalId));
        requireMember(c, goal.getClientId(), goalId);
        return goal;
    }

    /**
     * Whose goals the caller may see in this case: the couple's, and each member's own unless the
     * member's sharing choice withholds them from this caller (the other partner's own counsellor, when
     * the member does not share): {@link Disclosure}, as for every member-owned record.
     */
    private Predicate<Long> memberVisible(CareCase c) {
        return access.disclosure(c)::mayShow;
    }

    private void requireMember(CareCase c, Long clientId, Object goalId) {
        if (!memberVisible(c).test(clientId)) {
            throw access.refuse(AuditAction.PLAN_UPDATE, "PlanGoal", goalId, List.of(clientId));
        }
    }

    private static PlanObjective objectiveOf(PlanGoal goal, long objectiveId) {
        return goal.getObjectives().stream().filter(o -> o.getId() == objectiveId).findFirst()
                .orElseThrow(() -> new NotFoundException("Objective", objectiveId));
    }

    private List<TreatmentPlan> plansOf(long caseId) {
        return em.createNamedQuery("TreatmentPlan.findByCase", TreatmentPlan.class).setParameter("caseId", caseId)
                .getResultList();
    }

    private void auditCase(CareCase c, AuditAction action, String entityType, Object entityId, String detail) {
        for (Long clientId : c.clientIds()) {
            audit.record(action, AuditOutcome.SUCCESS, entityType, entityId, clientId, detail);
        }
    }

    private String by() {
        return access.staff().getUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clinic.zone());
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---------------------------------------------------------------------------------------------

    PlanView view(TreatmentPlan plan, CareCase c) {
        return view(plan, c, access.disclosure(c));
    }

    private PlanView view(TreatmentPlan plan, CareCase c, Disclosure disclosure) {
        List<PlanMember> members = members(c);
        Map<String, List<GoalView>> byStep = new HashMap<>();
        for (PlanGoal g : plan.getGoals()) {
            if (!disclosure.mayShow(g.getClientId())) {
                continue;
            }
            byStep.computeIfAbsent(g.getStepCode(), k -> new ArrayList<>()).add(goalView(g, members));
        }
        List<StepGoals> steps = framework.steps().stream()
                .map(s -> new StepGoals(s, List.copyOf(byStep.getOrDefault(s.code(), List.of())))).toList();
        Boolean intact = plan.isDraft() ? null : PlanContent.sha256(plan).equals(plan.getContentSha256());
        return new PlanView(plan.getId(), plan.getCaseId(), c.getKind(), plan.getPlanVersion(), plan.getStatus(),
                plan.getStatus() == PlanStatus.SIGNED, plan.getReviewOn(), plan.isFromTemplate(), plan.getPreviousId(),
                plan.getCreatedBy(), plan.getCreatedAt(), plan.getSignedBy(), plan.getSignedAt(),
                plan.getContentSha256(), intact, members, steps, plan.getVersion());
    }

    private GoalView goalView(PlanGoal g, List<PlanMember> members) {
        int number = framework.step(g.getStepCode()).map(StepView::number).orElse(0);
        return new GoalView(g.getId(), g.getPlan().getId(), g.getGoalKey(), g.getStepCode(), number, g.getClientId(),
                g.isForCouple(), memberLabel(g.getClientId(), members), g.getStatement(), g.getInterventions(),
                g.getStatus(), g.getClinicianNote(), g.getObjectives().stream().map(PlanService::objectiveView).toList(),
                g.getVersion());
    }

    private static ObjectiveView objectiveView(PlanObjective o) {
        return new ObjectiveView(o.getId(), o.getObjectiveKey(), o.getText(), o.getTargetDate(), o.getStatus(),
                o.getVersion());
    }

    private static String memberLabel(Long clientId, List<PlanMember> members) {
        if (clientId == null) {
            return "The couple";
        }
        return members.stream().filter(m -> m.clientId() == clientId).findFirst()
                .map(m -> m.displayName() + switch (m.role()) {
                    case IN_RECOVERY -> " (in recovery)";
                    case PARTNER -> " (partner)";
                    case INDIVIDUAL -> "";
                }).orElse("Client " + clientId);
    }

    private List<PlanMember> members(CareCase c) {
        return members(c, clients(Set.copyOf(c.clientIds())));
    }

    private static List<PlanMember> members(CareCase c, Map<Long, Client> clients) {
        return c.getMembers().stream().sorted(Comparator.comparing((CaseMember m) -> m.getRole() == CaseRole.PARTNER))
                .map(m -> {
                    Client client = clients.get(m.getClientId());
                    return new PlanMember(m.getClientId(), client.getChartNumber(), client.getDisplayName(),
                            m.getRole());
                }).toList();
    }

    private Map<Long, Client> clients(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT c FROM Client c WHERE c.id IN :ids", Client.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(Client::getId, Function.identity()));
    }

    private Map<Long, String> staffNames(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s.id, s.displayName FROM Staff s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /** Goal by goal (by key), in step order; a goal's objectives compare as one field. */
    private PlanDiff compare(TreatmentPlan from, TreatmentPlan to, CareCase c) {
        List<PlanMember> members = members(c);
        Predicate<Long> visible = memberVisible(c);
        Map<String, PlanGoal> before = from.getGoals().stream().filter(g -> visible.test(g.getClientId()))
                .collect(Collectors.toMap(PlanGoal::getGoalKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, PlanGoal> after = to.getGoals().stream().filter(g -> visible.test(g.getClientId()))
                .collect(Collectors.toMap(PlanGoal::getGoalKey, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<GoalChange> changes = new ArrayList<>();
        for (PlanGoal g : after.values()) {
            PlanGoal old = before.get(g.getGoalKey());
            if (old == null) {
                changes.add(goalChange(g, Change.ADDED, List.of()));
            } else {
                List<FieldChange> fields = new ArrayList<>();
                field(fields, "stepCode", old.getStepCode(), g.getStepCode());
                field(fields, "member", memberLabel(old.getClientId(), members), memberLabel(g.getClientId(), members));
                field(fields, "statement", old.getStatement(), g.getStatement());
                field(fields, "interventions", old.getInterventions(), g.getInterventions());
                field(fields, "status", old.getStatus().name(), g.getStatus().name());
                field(fields, "clinicianNote", old.getClinicianNote(), g.getClinicianNote());
                field(fields, "objectives", objectives(old), objectives(g));
                if (!fields.isEmpty()) {
                    changes.add(goalChange(g, Change.CHANGED, fields));
                }
            }
        }
        before.values().stream().filter(g -> !after.containsKey(g.getGoalKey()))
                .forEach(g -> changes.add(goalChange(g, Change.REMOVED, List.of())));
        changes.sort(Comparator.comparingInt(GoalChange::stepNumber));
        List<FieldChange> header = new ArrayList<>();
        field(header, "reviewOn", Objects.toString(from.getReviewOn(), null), Objects.toString(to.getReviewOn(), null));
        return new PlanDiff(from.getId(), from.getPlanVersion(), to.getId(), to.getPlanVersion(), header, changes);
    }

    private GoalChange goalChange(PlanGoal g, Change change, List<FieldChange> fields) {
        return new GoalChange(g.getGoalKey(), change, g.getStepCode(),
                framework.step(g.getStepCode()).map(StepView::number).orElse(0), g.getStatement(), fields);
    }

    private static void field(List<FieldChange> out, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new FieldChange(name, before, after));
        }
    }

    private static String objectives(PlanGoal g) {
        return g.getObjectives().stream().map(o -> o.getText() + " (" + (o.getTargetDate() == null ? "no target date"
                : "by " + o.getTargetDate()) + ", " + o.getStatus() + ")").collect(Collectors.joining("; "));
    }
}
