package org.tenfold.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Example documents for the tests (and the benchmark has its own copy). */
final class Samples {

    static final String CLIENT_NAME = "Zoë Đặng-Nguyễn";
    static final String[] STEPS = {
        "Acknowledgment and Responsibility", "Open and Honest Communication", "Seek Professional Help",
        "Establish Boundaries", "Patience and Time", "Cultivate Empathy", "Celebrate Small Milestones",
        "Education (workshops, reading, support groups)", "Prioritize Self-Care", "Rebuild Intimacy"
    };
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    private Samples() {
    }

    static Letterhead letterhead() {
        return new Letterhead("Harbour Light Counselling", List.of("12 Quay Street, Bristol BS1 4DB", "0117 496 0000 · hello@example.org"));
    }

    /** A couple's plan with {@code goalCount} goals spread over the ten steps; goal i's statement ends in "goal-i". */
    static PlanReport plan(int goalCount) {
        List<List<PlanReport.Goal>> perStep = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            perStep.add(new ArrayList<>());
        }
        for (int i = 1; i <= goalCount; i++) {
            String member = i % 3 == 0 ? "The couple" : i % 3 == 1 ? CLIENT_NAME : "Sam O'Neill";
            perStep.get((i - 1) % 10).add(new PlanReport.Goal(member,
                    "Practise a weekly check-in where each partner speaks for ten minutes without interruption, goal-" + i,
                    "In progress",
                    List.of(new PlanReport.Objective("Hold the check-in on at least three of four weeks, objective-" + i,
                            LocalDate.of(2026, 12, 1), "In progress"),
                            new PlanReport.Objective("Name one feeling each time", null, "Not started")),
                    List.of("Structured dialogue practice, intervention-" + i), "Watch for defensiveness, note-" + i, false));
        }
        List<PlanReport.Step> steps = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            int n = s + 1;
            steps.add(new PlanReport.Step(n, STEPS[s], "What this step means for the two of you.", perStep.get(s),
                    n == 4 ? List.of(new PlanReport.Boundary("No phone in the bedroom after 22:00", "Sam O'Neill",
                            LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 3), "Kept", false)) : List.of(),
                    n == 7 ? List.of(new PlanReport.Milestone(LocalDate.of(2026, 10, 1), "Ninety days of honesty", CLIENT_NAME, false)) : List.of(),
                    n == 8 ? List.of(new PlanReport.Education("Support group, Tuesday evenings", "Support group", CLIENT_NAME, "Attending", false)) : List.of(),
                    n == 9 ? List.of(new PlanReport.SelfCare("Sam O'Neill", "A walk by the river", "Three times a week", false)) : List.of()));
        }
        return new PlanReport(letterhead(), CLIENT_NAME + " and Sam O'Neill", "Couple",
                List.of(new PlanReport.Member(CLIENT_NAME, "Partner in recovery"), new PlanReport.Member("Sam O'Neill", "Partner")),
                2, "Signed", "Dr Alex Counsellor", ZonedDateTime.of(2026, 9, 1, 14, 30, 0, 0, ZONE),
                "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea", LocalDate.of(2026, 12, 1), steps);
    }

    static ProgressChart chart() {
        List<ProgressChart.Series> series = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<ProgressChart.Point> points = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                points.add(new ProgressChart.Point(LocalDate.of(2026, 9, 1).plusWeeks(w), Math.min(10, 2 + s * 0.4 + w * 0.7)));
            }
            series.add(new ProgressChart.Series((s + 1) + " " + STEPS[s], points));
        }
        return new ProgressChart(series);
    }

    static ProgressReport progress(boolean joint, ProgressChart chart) {
        List<ProgressReport.GoalProgress> goals = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            int step = (i - 1) % 10 + 1;
            goals.add(new ProgressReport.GoalProgress(step, STEPS[step - 1],
                    "Talk about the day for ten minutes each evening without phones, goal-" + i, "In progress",
                    List.of(new ProgressReport.ObjectiveProgress("Five evenings out of seven", LocalDate.of(2026, 12, 1), "Achieved"),
                            new ProgressReport.ObjectiveProgress("Say one appreciation each evening", null, "In progress"))));
        }
        goals.sort(java.util.Comparator.comparingInt(ProgressReport.GoalProgress::stepNumber));
        return new ProgressReport(letterhead(), joint ? CLIENT_NAME + " and Sam O'Neill" : CLIENT_NAME, joint,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), "Dr Alex Counsellor",
                new ProgressReport.Attendance(10, 1, 0), chart, goals,
                List.of(new ProgressReport.Milestone(LocalDate.of(2026, 10, 1), "Ninety days of honesty", CLIENT_NAME),
                        new ProgressReport.Milestone(LocalDate.of(2026, 11, 12), "First weekend away together", "The couple")),
                List.of(new ProgressReport.Boundary("No phone in the bedroom after 22:00, boundary-sentinel", LocalDate.of(2026, 9, 3), "Kept")),
                List.of(new ProgressReport.Task("Write a letter of appreciation", "before the next session", "Done")),
                List.of(new ProgressReport.Task("Read \"Getting the Love You Want\"", "chapters 1 to 4", "In progress")),
                List.of(new ProgressReport.Task("Morning walk", "three times a week", null)),
                List.of(new ProgressReport.Appointment(ZonedDateTime.of(2026, 12, 9, 17, 0, 0, 0, ZONE), "Dr Alex Counsellor", "Room 2")),
                "You have both worked hard this autumn. The evening check-ins are now a habit, and the way you "
                        + "talked about the difficult week in October showed real progress in listening to each other.\n\n"
                        + "Over the next months we will keep building on this.");
    }

    /** A couple's CSI-4 side by side and one partner's PHQ-9, as the services build them. */
    static List<MeasureChart> measures() {
        List<MeasureChart.Point> alex = new ArrayList<>();
        List<MeasureChart.Point> sam = new ArrayList<>();
        List<MeasureChart.Point> phq = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            alex.add(new MeasureChart.Point(LocalDate.of(2026, 9, 1).plusWeeks(2L * w), 9 + w));
            sam.add(new MeasureChart.Point(LocalDate.of(2026, 9, 2).plusWeeks(2L * w), 7 + w * 1.5));
            phq.add(new MeasureChart.Point(LocalDate.of(2026, 9, 1).plusWeeks(2L * w), 17 - w * 2));
        }
        return List.of(
                new MeasureChart("CSI-4 (relationship satisfaction)", 0, 21, true,
                        List.of(new MeasureChart.Band(0, 13, "Notable dissatisfaction"), new MeasureChart.Band(14, 21, "Satisfied")),
                        13.5, "below 13.5: notable dissatisfaction",
                        List.of(new MeasureChart.Series(CLIENT_NAME, alex), new MeasureChart.Series("Sam", sam)),
                        "Latest: " + CLIENT_NAME + " 14, Sam 14.5."),
                new MeasureChart("PHQ-9", 0, 27, false,
                        List.of(new MeasureChart.Band(0, 4, "Minimal"), new MeasureChart.Band(5, 9, "Mild"),
                                new MeasureChart.Band(10, 14, "Moderate"), new MeasureChart.Band(15, 19, "Moderately severe"),
                                new MeasureChart.Band(20, 27, "Severe")),
                        10.0, "10 or more", List.of(new MeasureChart.Series(CLIENT_NAME, phq)),
                        "Latest: 7 (Mild), 10 lower than the first, a reliable improvement."));
    }

    static ProgressReport withMeasures(ProgressReport r, List<MeasureChart> measures) {
        return new ProgressReport(r.clinic(), r.preferredName(), r.joint(), r.periodStart(), r.periodEnd(), r.issuedOn(),
                r.counsellor(), r.attendance(), r.chart(), r.goals(), r.milestones(), r.boundaries(), r.homework(),
                r.education(), r.selfCare(), r.nextAppointments(), r.summary(), measures);
    }
}
