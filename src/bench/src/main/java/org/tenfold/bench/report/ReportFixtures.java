package org.tenfold.bench.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.tenfold.report.Letterhead;
import org.tenfold.report.ProgressChart;
import org.tenfold.report.ProgressReport;

/** A couple's joint progress report over a quarter: three pages with a ten-line chart. */
final class ReportFixtures {

    private static final String[] STEPS = {
        "Acknowledgment and Responsibility", "Open and Honest Communication", "Seek Professional Help",
        "Establish Boundaries", "Patience and Time", "Cultivate Empathy", "Celebrate Small Milestones",
        "Education (workshops, reading, support groups)", "Prioritize Self-Care", "Rebuild Intimacy"
    };
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private ReportFixtures() {
    }

    static ProgressReport jointReport() {
        String name = "Zoë Đặng-Nguyễn";
        List<ProgressChart.Series> series = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            List<ProgressChart.Point> points = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                points.add(new ProgressChart.Point(LocalDate.of(2026, 9, 1).plusWeeks(w), Math.min(10, 2 + s * 0.4 + w * 0.6)));
            }
            series.add(new ProgressChart.Series((s + 1) + " " + STEPS[s], points));
        }
        List<ProgressReport.GoalProgress> goals = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            int step = (i - 1) % 10 + 1;
            goals.add(new ProgressReport.GoalProgress(step, STEPS[step - 1],
                    "Talk about the day for ten minutes each evening without phones, and listen without fixing",
                    "In progress",
                    List.of(new ProgressReport.ObjectiveProgress("Five evenings out of seven", LocalDate.of(2026, 12, 1), "Achieved"),
                            new ProgressReport.ObjectiveProgress("Say one appreciation each evening", null, "In progress"))));
        }
        goals.sort(Comparator.comparingInt(ProgressReport.GoalProgress::stepNumber));
        return new ProgressReport(
                new Letterhead("Harbour Light Counselling", List.of("12 Quay Street, Bristol BS1 4DB", "0117 496 0000")),
                name + " and Sam O'Neill", true, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30),
                LocalDate.of(2026, 12, 2), "Dr Alex Counsellor", new ProgressReport.Attendance(10, 1, 0),
                new ProgressChart(series), goals,
                List.of(new ProgressReport.Milestone(LocalDate.of(2026, 10, 1), "Ninety days of honesty", name),
                        new ProgressReport.Milestone(LocalDate.of(2026, 11, 12), "First weekend away together", "The couple")),
                List.of(new ProgressReport.Boundary("No phone in the bedroom after 22:00", LocalDate.of(2026, 9, 3), "Kept"),
                        new ProgressReport.Boundary("Passwords shared on request", LocalDate.of(2026, 9, 3), "Kept")),
                List.of(new ProgressReport.Task("Write a letter of appreciation", "before the next session", "Done")),
                List.of(new ProgressReport.Task("Read \"Getting the Love You Want\"", "chapters 1 to 4", "In progress")),
                List.of(new ProgressReport.Task("Morning walk", "three times a week", null)),
                List.of(new ProgressReport.Appointment(ZonedDateTime.of(2026, 12, 9, 17, 0, 0, 0, ZONE), "Dr Alex Counsellor", "Room 2"),
                        new ProgressReport.Appointment(ZonedDateTime.of(2026, 12, 16, 17, 0, 0, 0, ZONE), "Dr Alex Counsellor", "Room 2")),
                "You have both worked hard this autumn. The evening check-ins are now a habit, and the way you talked "
                        + "about the difficult week in October showed real progress in listening to each other.\n\n"
                        + "Over the next months we will keep building on this, with more time for step 10.");
    }
}
