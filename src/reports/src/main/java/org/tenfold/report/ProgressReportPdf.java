package org.tenfold.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.tenfold.report.ProgressReport.Appointment;
import org.tenfold.report.ProgressReport.GoalProgress;
import org.tenfold.report.ProgressReport.ObjectiveProgress;
import org.tenfold.report.ProgressReport.Task;
import org.tenfold.report.ReportComposer.Column;

/** A progress report as the PDF a client takes home. Thread-safe. */
public final class ProgressReportPdf {

    private final ReportEngine engine;

    public ProgressReportPdf() {
        this(ReportEngine.standard());
    }

    public ProgressReportPdf(ReportEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public byte[] render(ProgressReport report) {
        Objects.requireNonNull(report, "report");
        String clinic = report.clinic().clinicName();
        String title = report.joint() ? "Our progress report" : "Your progress report";
        String notice = "Confidential: prepared for " + Formats.orDash(report.preferredName()) + " by " + clinic
                + ". It holds personal health information; please keep it somewhere private.";
        return engine.render(new PageFrame(report.clinic(), title, notice), doc -> {
            doc.title(title);
            doc.subheading(Formats.orDash(report.preferredName()));
            doc.keyValue("Period", Formats.day(report.periodStart()) + " to " + Formats.day(report.periodEnd()));
            if (report.counsellor() != null && !report.counsellor().isBlank()) {
                doc.keyValue("Counsellor", report.counsellor());
            }
            if (report.issuedOn() != null) {
                doc.keyValue("Issued", Formats.day(report.issuedOn()));
            }
            ProgressReport.Attendance a = report.attendance();
            doc.keyValue("Sessions", a.held() + " held, " + a.cancelled() + " cancelled, " + a.missed() + " missed");

            if (report.summary() != null && !report.summary().isBlank()) {
                doc.heading("A note from your counsellor");
                doc.paragraph(report.summary());
            }

            doc.heading("Progress on each step");
            doc.note("Ratings from 0 to 10 agreed in your sessions, over the period.");
            doc.chart(report.chart());

            if (!report.measures().isEmpty()) {
                doc.heading("Your questionnaires");
                doc.note("Scores from the short questionnaires you filled in. The shaded bands show what the scores"
                        + " mean; the dashed line is where a score starts to suggest that extra support may help.");
                for (MeasureChart m : report.measures()) {
                    doc.measureChart(m.title(), m);
                    doc.paragraph(m.caption());
                }
            }

            doc.heading("Goals");
            if (report.goals().isEmpty()) {
                doc.note("No goals in this period.");
            }
            int step = -1;
            for (GoalProgress goal : report.goals()) {
                if (goal.stepNumber() != step) {
                    step = goal.stepNumber();
                    doc.subheading("Step " + goal.stepNumber() + ": " + goal.stepTitle());
                }
                doc.paragraph(goal.statement() + " \u2013 " + Formats.orDash(goal.status()));
                List<String> objectives = new ArrayList<>();
                for (ObjectiveProgress o : goal.objectives()) {
                    objectives.add(o.statement() + (o.targetDate() == null ? "" : " (by " + Formats.shortDay(o.targetDate()) + ")")
                            + ": " + Formats.orDash(o.status()));
                }
                doc.bullets(objectives);
            }

            if (!report.milestones().isEmpty()) {
                doc.heading("Milestones celebrated");
                List<List<String>> rows = new ArrayList<>();
                report.milestones().forEach(m -> rows.add(List.of(Formats.shortDay(m.date()), m.description(), Formats.orDash(m.whose()))));
                doc.table(List.of(new Column("Date", 1.4f), new Column("Milestone", 5), new Column("Whose", 1.6f)), rows);
            }

            if (report.joint() && !report.boundaries().isEmpty()) {
                doc.heading("Boundaries in place");
                List<List<String>> rows = new ArrayList<>();
                report.boundaries().forEach(b -> rows.add(List.of(b.statement(), Formats.shortDay(b.agreedOn()), Formats.orDash(b.status()))));
                doc.table(List.of(new Column("Boundary", 5), new Column("Agreed on", 1.5f), new Column("Status", 1.5f)), rows);
            }

            if (!report.homework().isEmpty() || !report.education().isEmpty() || !report.selfCare().isEmpty()) {
                doc.heading("Homework, education and self-care");
                tasks(doc, "Homework", report.homework());
                tasks(doc, "Education", report.education());
                tasks(doc, "Self-care", report.selfCare());
            }

            doc.heading("Next appointments");
            if (report.nextAppointments().isEmpty()) {
                doc.note("None booked yet: the front desk will be glad to find a time with you.");
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (Appointment ap : report.nextAppointments()) {
                    rows.add(List.of(Formats.dayTime(ap.start()), Formats.orDash(ap.with()), Formats.orDash(ap.where())));
                }
                doc.table(List.of(new Column("When", 2.2f), new Column("With", 2), new Column("Where", 2)), rows);
            }
        });
    }

    private static void tasks(ReportComposer doc, String heading, List<Task> tasks) {
        if (tasks.isEmpty()) {
            return;
        }
        doc.subheading(heading);
        List<String> items = new ArrayList<>();
        for (Task t : tasks) {
            StringBuilder item = new StringBuilder(Formats.orDash(t.description()));
            if (t.detail() != null && !t.detail().isBlank()) {
                item.append(" (").append(t.detail()).append(')');
            }
            if (t.status() != null && !t.status().isBlank()) {
                item.append(": ").append(t.status());
            }
            items.add(item.toString());
        }
        doc.bullets(items);
    }
}
