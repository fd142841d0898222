package org.tenfold.plan;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.tenfold.note.NoteQueries;
import org.tenfold.note.NoteViews.RatingPoint;
import org.tenfold.platform.BusinessException;
import org.tenfold.shell.Ids;

/**
 * The plan screen's "progress over time" per step: the ratings of the case's signed notes the
 * caller may read, drawn as a small inline SVG line (the day's mean rating, 0 to 10) with a one-line
 * summary. Read once per view of the plan screen; only numbers and days are kept.
 */
@Named("stepProgress")
@ViewScoped
public class StepProgressBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int WIDTH = 320;
    private static final int HEIGHT = 96;
    private static final int PAD = 14;
    private static final DateTimeFormatter DAY = org.tenfold.shell.DateTimes.DATE;

    /** One step's chart: the SVG markup (numbers only) and a sentence for readers of the page. */
    public record StepChart(String svg, String summary) implements Serializable {
    }

    @Inject
    NoteQueries notes;

    @Inject
    PlanBacking plan;

    private Map<String, StepChart> charts;

    /** The step's chart, or null when no signed note has rated it (the include shows its empty state). */
    public StepChart of(String stepCode) {
        if (charts == null) {
            charts = load();
        }
        return charts.get(stepCode);
    }

    private Map<String, StepChart> load() {
        OptionalLong caseId = Ids.parse(plan.getCaseId());
        if (caseId.isEmpty()) {
            return Map.of();
        }
        try {
            return notes.stepProgress(caseId.getAsLong()).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> chart(e.getValue())));
        } catch (BusinessException e) {
            return Map.of(); // the plan itself shows the refusal
        }
    }

    /** The day's mean rating joined by a line, 0 at the bottom and 10 at the top. */
    static StepChart chart(List<RatingPoint> points) {
        TreeMap<LocalDate, Double> byDay = points.stream().collect(Collectors.groupingBy(RatingPoint::day,
                TreeMap::new, Collectors.averagingInt(RatingPoint::rating)));
        LocalDate first = byDay.firstKey();
        long span = Math.max(1, ChronoUnit.DAYS.between(first, byDay.lastKey()));
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (Map.Entry<LocalDate, Double> e : byDay.entrySet()) {
            double x = byDay.size() == 1 ? WIDTH / 2.0
                    : PAD + (WIDTH - 2.0 * PAD) * ChronoUnit.DAYS.between(first, e.getKey()) / span;
            double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * e.getValue() / 10.0;
            line.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"/>", x, y));
        }
        double top = PAD;
        double mid = HEIGHT / 2.0;
        double bottom = HEIGHT - PAD;
        String svg = String.format(Locale.ROOT, "<svg class=\"tf-progress-svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                + " height=\"%d\" aria-hidden=\"true\"><g class=\"tf-progress-grid\">"
                + "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/><line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                + "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/></g>"
                + "<text x=\"0\" y=\"%.1f\">10</text><text x=\"0\" y=\"%.1f\">0</text>"
                + "<polyline class=\"tf-progress-line\" points=\"%s\"/><g class=\"tf-progress-dots\">%s</g></svg>",
                WIDTH, HEIGHT, WIDTH, HEIGHT, PAD, WIDTH - PAD, top, top, PAD, WIDTH - PAD, mid, mid, PAD, WIDTH - PAD,
                bottom, bottom, top + 4, bottom + 4, line.toString().strip(), dots);
        Map.Entry<LocalDate, Double> last = byDay.lastEntry();
        String summary = String.format(Locale.ENGLISH, "%d rating%s from %s to %s; latest %s/10 on %s.",
                points.size(), points.size() == 1 ? "" : "s", DAY.format(first), DAY.format(last.getKey()),
                rating(last.getValue()), DAY.format(last.getKey()));
        return new StepChart(svg, summary);
    }

    private static String rating(double value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.format(Locale.ENGLISH, "%.1f", value);
    }
}
