package org.tenfold.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.tenfold.report.PlanReport.Goal;
import org.tenfold.report.PlanReport.Objective;
import org.tenfold.report.PlanReport.Step;
import org.tenfold.report.ReportComposer.Column;

/**
 * A treatment plan version as PDF, organised by the ten steps. The {@link Audience#CLINICIAN} version is
 * the record and holds everything; the {@link Audience#CLIENT} version leaves out clinician notes,
 * interventions (the counsellor's methods, written for colleagues), the content hash and everything
 * marked clinician-only. Thread-safe.
 */
public final class PlanPdf {

    private final ReportEngine engine;

    public PlanPdf() {
        this(ReportEngine.standard());
    }

    public PlanPdf(ReportEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public byte[] render(PlanReport plan, Audience audience) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(audience, "audience");
        boolean clinician = audience == Audience.CLINICIAN;
        String clinic = plan.clinic().clinicName();
        String title = (clinician ? "Treatment plan" : "Your treatment plan") + ", version " + plan.version();
        String notice = clinician
                ? "Confidential clinical record of " + clinic + ". Clinician version: holds clinician-only "
                        + "content; do not hand it to clients."
                : "Confidential: prepared for " + Formats.orDash(plan.clientNames()) + " by " + clinic
                        + ". Please keep it somewhere private.";
        return engine.render(new PageFrame(plan.clinic(), title, notice), doc -> {
            doc.title(title);
            if (plan.clientNames() != null && !plan.clientNames().isBlank()) {
                doc.subheading(plan.clientNames());
            }
            doc.keyValue("Case", plan.caseKind());
            doc.keyValue("Members", plan.members().stream()
                    .map(m -> m.role() == null || m.role().isBlank() ? m.displayName() : m.displayName() + " (" + m.role() + ")")
                    .collect(Collectors.joining(", ")));
            doc.keyValue("Version", plan.version() + ", " + Formats.orDash(plan.status()));
            if (plan.signedBy() != null) {
                doc.keyValue("Signed", plan.signedBy() + (plan.signedAt() == null ? "" : ", " + Formats.dayTime(plan.signedAt())));
            }
            doc.keyValue("Next review", plan.reviewDate() == null ? "Not set" : Formats.day(plan.reviewDate()));
            if (clinician && plan.contentHash() != null) {
                doc.keyValue("Content hash", plan.contentHash());
            }
            for (Step step : plan.steps()) {
                step(doc, step, clinician);
            }
        });
    }

    private static void step(ReportComposer doc, Step step, boolean clinician) {
        doc.heading("Step " + step.number() + ": " + step.title());
        if (step.description() != null && !step.description().isBlank()) {
            doc.note(step.description());
        }
        List<Goal> goals = step.goals().stream().filter(g -> clinician || !g.clinicianOnly()).toList();
        boolean records = false;
        for (Goal goal : goals) {
            goal(doc, goal, clinician);
        }
        List<List<String>> boundaries = new ArrayList<>();
        step.boundaries().stream().filter(b -> clinician || !b.clinicianOnly()).forEach(b -> boundaries.add(List.of(
                b.statement(), Formats.orDash(b.proposedBy()), Formats.shortDay(b.agreedOn()), Formats.shortDay(b.reviewOn()),
                Formats.orDash(b.status()))));
        if (!boundaries.isEmpty()) {
            records = true;
            doc.subheading("Boundaries");
            doc.table(List.of(new Column("Boundary", 4), new Column("Proposed by", 1.5f), new Column("Agreed on", 1.4f),
                    new Column("Review", 1.4f), new Column("Status", 1.3f)), boundaries);
        }
        List<List<String>> milestones = new ArrayList<>();
        step.milestones().stream().filter(m -> clinician || !m.clinicianOnly()).forEach(m -> milestones.add(List.of(
                Formats.shortDay(m.date()), m.description(), Formats.orDash(m.whose()))));
        if (!milestones.isEmpty()) {
            records = true;
            doc.subheading("Milestones");
            doc.table(List.of(new Column("Date", 1.4f), new Column("Milestone", 5), new Column("Whose", 1.6f)), milestones);
        }
        List<List<String>> education = new ArrayList<>();
        step.education().stream().filter(e -> clinician || !e.clinicianOnly()).forEach(e -> education.add(List.of(
                e.resource(), Formats.orDash(e.kind()), Formats.orDash(e.assignedTo()), Formats.orDash(e.status()))));
        if (!education.isEmpty()) {
            records = true;
            doc.subheading("Education");
            doc.table(List.of(new Column("Resource", 4), new Column("Kind", 1.5f), new Column("For", 1.5f),
                    new Column("Status", 1.4f)), education);
        }
        List<List<String>> selfCare = new ArrayList<>();
        step.selfCare().stream().filter(s -> clinician || !s.clinicianOnly()).forEach(s -> selfCare.add(List.of(
                Formats.orDash(s.person()), s.activity(), Formats.orDash(s.frequency()))));
        if (!selfCare.isEmpty()) {
            records = true;
            doc.subheading("Self-care");
            doc.table(List.of(new Column("Person", 1.5f), new Column("Activity", 4.5f), new Column("How often", 2)), selfCare);
        }
        if (goals.isEmpty() && !records) {
            doc.note("Nothing planned under this step yet.");
        }
    }

    private static void goal(ReportComposer doc, Goal goal, boolean clinician) {
        doc.subheading(goal.statement());
        doc.keyValue("For", Formats.orDash(goal.member()));
        doc.keyValue("Status", Formats.orDash(goal.status()));
        if (!goal.objectives().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Objective o : goal.objectives()) {
                rows.add(List.of(o.statement(), o.targetDate() == null ? "\u2013" : Formats.shortDay(o.targetDate()),
                        Formats.orDash(o.status())));
            }
            doc.table(List.of(new Column("Objective", 5), new Column("Target date", 1.5f), new Column("Status", 1.5f)), rows);
        }
        if (clinician && !goal.interventions().isEmpty()) {
            doc.note("Interventions");
            doc.bullets(goal.interventions());
        }
        if (clinician && goal.clinicianNote() != null && !goal.clinicianNote().isBlank()) {
            doc.keyValue("Clinician note", goal.clinicianNote());
        }
    }
}
