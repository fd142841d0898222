package org.tenfold.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tenfold.audit.AuditAction;
import org.tenfold.care.CaseKind;
import org.tenfold.care.CaseRole;
import org.tenfold.care.Disclosure;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.Letterheads;
import org.tenfold.plan.PlanViews.GoalView;
import org.tenfold.plan.PlanViews.PlanMember;
import org.tenfold.plan.PlanViews.PlanView;
import org.tenfold.plan.PlanViews.StepGoals;
import org.tenfold.plan.records.CaseRecords;
import org.tenfold.plan.records.CaseRecords.CaseContext;
import org.tenfold.plan.records.StepRecordReader;
import org.tenfold.plan.records.StepRecordViews.AssignmentView;
import org.tenfold.plan.records.StepRecordViews.BoundaryView;
import org.tenfold.plan.records.StepRecordViews.MilestoneView;
import org.tenfold.plan.records.StepRecordViews.ProposedBy;
import org.tenfold.plan.records.StepRecordViews.SelfCarePlanView;
import org.tenfold.plan.records.StepRecordViews.SelfCareView;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.report.Audience;
import org.tenfold.report.PlanReport;
import org.tenfold.staff.Roles;

/**
 * A plan version as PDF: the record (everything the caller may see of the plan and its case's step
 * records) or the client copy. The client copy is filtered here, before the report model is built, so
 * that nothing clinician-only reaches the renderer: no clinician notes, no interventions, no content
 * hash, no hidden milestone, no note or staff name in a boundary's history, no retired self-care, and
 * in a couple's case nothing of a partner who does not share (PARTNER_SHARING is not SHARE) beyond a
 * neutral line. In both copies a member whose own records the caller may not use is left out.
 *
 * <p>Access is the plan's: the case's counsellors, their supervisors, a break-the-glass grant. A refusal
 * is audited as PLAN_PDF; each document made leaves a PLAN_PDF row per member naming the copy.
 */
@Stateless
public class PlanPdfService {

    /** Said in the client copy of a couple's plan in place of a non-sharing partner's own goals. */
    public static final String WITHHELD_GOALS = "Some personal goals are worked on in individual sessions and "
            + "are not listed in this copy.";

    /** Said in the record when a member's own goals and records are not shown to the caller. */
    public static final String WITHHELD_RECORD = "A member's own goals and records are not shown: they do not "
            + "share them with their partner's counsellor.";

    /** What a download needs: the bytes and a file name that names no client. */
    public record PlanPdfFile(byte[] pdf, String fileName, long caseId, int planVersion, Audience audience) {
    }

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    PlanService plans;

    @Inject
    CaseRecords records;

    @Inject
    StepRecordReader reader;

    @Inject
    ClinicProfile clinic;

    @Inject
    Letterheads letterheads;

    @Inject
    PlanRenderers renderers;

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    public PlanPdfFile render(long planId, Audience audience) {
        if (audience == null) {
            throw new InvalidInputException("audience", "Choose clinician or client.");
        }
        TreatmentPlan plan = em.find(TreatmentPlan.class, planId);
        if (plan == null) {
            throw new NotFoundException("Plan", planId);
        }
        CaseContext ctx = records.read(plan.getCaseId(), AuditAction.PLAN_PDF);
        PlanReport report;
        PlanView view;
        if (audience == Audience.CLIENT) {
            CaseContext copy = ctx.forClients(Disclosure.Purpose.PLAN_CLIENT_COPY, null);
            view = plans.forOutput(planId, Disclosure.Purpose.PLAN_CLIENT_COPY, null);
            report = report(clientCopy(view), reader.all(copy).forClients(), copy, audience);
        } else {
            view = plans.get(planId);
            report = report(view, reader.all(ctx), ctx, audience);
        }
        byte[] pdf = renderers.plan().render(report, audience);
        records.audited(ctx, AuditAction.PLAN_PDF, "TreatmentPlan", planId, null, "version " + view.planVersion()
                + (audience == Audience.CLIENT ? ", client copy" : ", record") + " made");
        return new PlanPdfFile(pdf, fileName(view, audience), view.caseId(), view.planVersion(), audience);
    }

    /** plan-case-123-v2-record.pdf: the case and version, never a client's name. */
    static String fileName(PlanView view, Audience audience) {
        return "plan-case-" + view.caseId() + "-v" + view.planVersion() + "-"
                + (audience == Audience.CLIENT ? "client" : "record") + ".pdf";
    }

    /**
     * The plan as a client may take it home: {@link PlanView#forClient()}, no interventions, no content
     * hash or author. Whose goals it holds was decided when the view was made for the client copy.
     */
    static PlanView clientCopy(PlanView view) {
        PlanView clean = view.forClient();
        List<StepGoals> steps = clean.steps().stream().map(s -> new StepGoals(s.step(), s.goals().stream()
                .map(g -> new GoalView(g.id(), g.planId(), g.goalKey(), g.stepCode(), g.stepNumber(), g.clientId(),
                        g.couple(), g.memberLabel(), g.statement(), null, g.status(), null, g.objectives(),
                        g.version()))
                .toList())).toList();
        return new PlanView(clean.id(), clean.caseId(), clean.caseKind(), clean.planVersion(), clean.status(),
                clean.active(), clean.reviewOn(), clean.fromTemplate(), clean.previousId(), null, clean.createdAt(),
                clean.signedBy(), clean.signedAt(), null, null, clean.members(), steps, clean.version());
    }

    /** The report model from views already cut to what this copy may carry ({@code ctx.disclosure()}). */
    private PlanReport report(PlanView view, StepRecordsView rec, CaseContext ctx, Audience audience) {
        boolean client = audience == Audience.CLIENT;
        ZoneId zone = clinic.zone();
        List<String> remarks = new ArrayList<>();
        if (!ctx.disclosure().withheldMembers().isEmpty()) {
            remarks.add(client ? WITHHELD_GOALS : WITHHELD_RECORD);
        }
        Map<Integer, List<PlanReport.Goal>> goals = new HashMap<>();
        for (StepGoals s : view.steps()) {
            goals.put(s.step().number(), s.goals().stream().map(g -> goal(g, client)).toList());
        }
        Map<Integer, List<PlanReport.Boundary>> boundaries = new HashMap<>();
        for (BoundaryView b : rec.boundaries()) {
            boundaries.computeIfAbsent(b.step(), k -> new ArrayList<>()).add(new PlanReport.Boundary(b.wording(),
                    proposedBy(b.proposedBy()), b.agreedOn(), b.reviewOn(), label(b.status()), false));
        }
        Map<Integer, List<PlanReport.Milestone>> milestones = new HashMap<>();
        for (MilestoneView m : rec.milestones()) {
            milestones.computeIfAbsent(m.step(), k -> new ArrayList<>()).add(new PlanReport.Milestone(m.achievedOn(),
                    m.description(), m.whose() == null ? whole(view) : m.whose().displayName(),
                    !m.visibleToClient()));
        }
        Map<Integer, List<PlanReport.Education>> education = new HashMap<>();
        for (AssignmentView a : rec.education()) {
            education.computeIfAbsent(a.step(), k -> new ArrayList<>()).add(new PlanReport.Education(
                    a.item().title(), label(a.item().kind()), a.member().displayName(), label(a.status()), false));
        }
        Map<Integer, List<PlanReport.SelfCare>> selfCare = new HashMap<>();
        for (SelfCarePlanView p : rec.selfCare()) {
            for (SelfCareView a : p.activities()) {
                selfCare.computeIfAbsent(a.step(), k -> new ArrayList<>()).add(new PlanReport.SelfCare(
                        p.member().displayName(), a.active() ? a.activity() : a.activity() + " (stopped)",
                        a.frequency(), !a.active()));
            }
        }
        List<PlanReport.Step> steps = view.steps().stream().map(s -> {
            int n = s.step().number();
            return new PlanReport.Step(n, s.step().title(), s.step().description(), goals.get(n),
                    boundaries.get(n), milestones.get(n), education.get(n), selfCare.get(n));
        }).toList();
        List<PlanReport.Member> people = view.members().stream()
                .map(m -> new PlanReport.Member(m.displayName(), role(m.role()))).toList();
        return new PlanReport(letterheads.letterhead(), whole(view),
                view.caseKind() == CaseKind.COUPLE ? "Couple" : "Individual", people, view.planVersion(),
                label(view.status()), signer(view.signedBy()), at(view.signedAt(), zone),
                client ? null : view.contentSha256(), view.reviewOn(), steps, remarks);
    }

    private static PlanReport.Goal goal(GoalView g, boolean client) {
        List<PlanReport.Objective> objectives = g.objectives().stream()
                .map(o -> new PlanReport.Objective(o.text(), o.targetDate(), label(o.status()))).toList();
        List<String> interventions = client || g.interventions() == null ? List.of()
                : Arrays.stream(g.interventions().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new PlanReport.Goal(g.memberLabel(), g.statement(), label(g.status()), objectives, interventions,
                client ? null : g.clinicianNote(), false);
    }

    private static String whole(PlanView view) {
        return view.members().stream().map(PlanMember::displayName).collect(Collectors.joining(" and "));
    }

    private static String proposedBy(ProposedBy p) {
        if (p == null) {
            return null;
        }
        if (p.client() != null) {
            return p.client().displayName();
        }
        return p.counsellor() == null ? "Counsellor" : p.counsellor().displayName();
    }

    private static String role(CaseRole role) {
        return switch (role) {
            case IN_RECOVERY -> "Partner in recovery";
            case PARTNER -> "Partner";
            case INDIVIDUAL -> "Individual";
        };
    }

    /** IN_PROGRESS as "In progress". */
    static String label(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String s = value.name().replace('_', ' ').toLowerCase(Locale.ENGLISH);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static ZonedDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone);
    }

    /** The signer's name as staff know it; the username if the account is gone. */
    private String signer(String username) {
        if (username == null) {
            return null;
        }
        List<String> names = em.createQuery("SELECT s.displayName FROM Staff s WHERE s.username = :u", String.class)
                .setParameter("u", username).getResultList();
        return names.isEmpty() || names.get(0) == null ? username : names.get(0);
    }
}
