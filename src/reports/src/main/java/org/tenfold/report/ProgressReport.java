package org.tenfold.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A client's progress report over a period as plain data: only what may be shared with the client. The
 * services choose the content (never private process sections, risk details, the other partner's
 * individual-session content or clinician-only plan fields); the renderer ({@link ProgressReportPdf})
 * prints what it is given, and prints boundaries only in a joint report.
 *
 * @param preferredName the client's preferred name, or both partners' for a joint report ("Zoë and Sam")
 * @param joint         a couple's joint report (as opposed to one person's own)
 * @param summary       the counsellor's paragraph for this report; may hold line breaks
 * @param measures      the questionnaires the counsellor chose to show, scores only (never an item's answer)
 */
public record ProgressReport(Letterhead clinic, String preferredName, boolean joint, LocalDate periodStart,
        LocalDate periodEnd, LocalDate issuedOn, String counsellor, Attendance attendance, ProgressChart chart,
        List<GoalProgress> goals, List<Milestone> milestones, List<Boundary> boundaries, List<Task> homework,
        List<Task> education, List<Task> selfCare, List<Appointment> nextAppointments, String summary,
        List<MeasureChart> measures) {

    /** A report without questionnaires. */
    public ProgressReport(Letterhead clinic, String preferredName, boolean joint, LocalDate periodStart,
            LocalDate periodEnd, LocalDate issuedOn, String counsellor, Attendance attendance, ProgressChart chart,
            List<GoalProgress> goals, List<Milestone> milestones, List<Boundary> boundaries, List<Task> homework,
            List<Task> education, List<Task> selfCare, List<Appointment> nextAppointments, String summary) {
        this(clinic, preferredName, joint, periodStart, periodEnd, issuedOn, counsellor, attendance, chart, goals,
                milestones, boundaries, homework, education, selfCare, nextAppointments, summary, List.of());
    }

    public ProgressReport {
        measures = measures == null ? List.of() : List.copyOf(measures);
        attendance = attendance == null ? new Attendance(0, 0, 0) : attendance;
        chart = chart == null ? ProgressChart.empty() : chart;
        goals = goals == null ? List.of() : List.copyOf(goals);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        boundaries = boundaries == null ? List.of() : List.copyOf(boundaries);
        homework = homework == null ? List.of() : List.copyOf(homework);
        education = education == null ? List.of() : List.copyOf(education);
        selfCare = selfCare == null ? List.of() : List.copyOf(selfCare);
        nextAppointments = nextAppointments == null ? List.of() : List.copyOf(nextAppointments);
    }

    /** Sessions in the period. */
    public record Attendance(int held, int cancelled, int missed) {
    }

    /** A goal in plain language with its objectives, under its step. */
    public record GoalProgress(int stepNumber, String stepTitle, String statement, String status,
            List<ObjectiveProgress> objectives) {
        public GoalProgress {
            objectives = objectives == null ? List.of() : List.copyOf(objectives);
        }
    }

    public record ObjectiveProgress(String statement, LocalDate targetDate, String status) {
    }

    public record Milestone(LocalDate date, String description, String whose) {
    }

    public record Boundary(String statement, LocalDate agreedOn, String status) {
    }

    /** Homework, an education assignment or a self-care activity. */
    public record Task(String description, String detail, String status) {
    }

    public record Appointment(ZonedDateTime start, String with, String where) {
    }
}
