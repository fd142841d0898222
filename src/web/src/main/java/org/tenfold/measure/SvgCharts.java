package org.tenfold.measure;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tenfold.measure.InstrumentDefinition.Band;
import org.tenfold.measure.MeasureViews.MeasureChart;
import org.tenfold.measure.MeasureViews.Point;
import org.tenfold.measure.MeasureViews.Series;
import org.tenfold.measure.MeasureViews.StepCheckIn;
import org.tenfold.measure.MeasureViews.StepRating;

/**
 * Draws the screens' charts as inline SVG (no script, so they work under the pages' Content-Security-Policy): a
 * questionnaire's range with its bands shaded and labelled, the cut-off dashed, and one line per member (colour
 * and marker both differ); and a step's counsellor ratings beside each member's own check-in rating. Every text
 * from a record is escaped. Each chart carries its own sentence ({@link #describe}) for those who cannot see it.
 */
public final class SvgCharts {

    static final int WIDTH = 560;
    static final int HEIGHT = 190;
    private static final int LEFT = 30;
    private static final int RIGHT = 120;
    private static final int TOP = 10;
    private static final int BOTTOM = 44;
    private static final String[] COLOURS = {"#1f77b4", "#d65f0e", "#2c9a2c", "#7b52ab"};
    private static final DateTimeFormatter DAY = org.tenfold.shell.DateTimes.DATE;
    private static final DateTimeFormatter SENTENCE_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SvgCharts() {
    }

    /** One line to draw: a label and its points (day, value). */
    record Line(String label, List<LocalDate> days, List<Double> values, boolean dashed) {
    }

    /** A questionnaire's chart. */
    public static String measure(MeasureChart c) {
        List<Line> lines = new ArrayList<>();
        for (Series s : c.series()) {
            lines.add(new Line(name(s), s.points().stream().map(Point::day).toList(),
                    s.points().stream().map(Point::score).toList(), false));
        }
        return svg(c.title() + " over time", c.min(), c.max(), c.bands(),
                c.cutoff() == null ? null : c.cutoff().value(), lines);
    }

    /** A step: the counsellor's ratings (dashed) beside each member's check-in rating, 0 to 10. */
    public static String step(StepCheckIn s) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Counsellor", s.counsellor().stream().map(StepRating::day).toList(),
                s.counsellor().stream().map(r -> (double) r.rating()).toList(), true));
        for (Series m : s.members()) {
            lines.add(new Line(name(m) + " (own rating)", m.points().stream().map(Point::day).toList(),
                    m.points().stream().map(Point::score).toList(), false));
        }
        return svg(s.number() + ". " + s.title(), 0, 10, List.of(), null, lines);
    }

    /** A questionnaire's chart in a sentence per member: how many scores, from what to what, the latest band. */
    public static String describe(MeasureChart c) {
        StringBuilder b = new StringBuilder();
        for (Series s : c.series()) {
            if (s.points().isEmpty()) {
                continue;
            }
            Point first = s.points().get(0);
            Point last = s.points().get(s.points().size() - 1);
            b.append(name(s)).append(": ").append(s.points().size()).append(s.points().size() == 1 ? " score, " : " scores, ");
            if (s.points().size() > 1) {
                b.append("from ").append(number(first.score())).append(" on ").append(SENTENCE_DAY.format(first.day()))
                        .append(" to ");
            }
            b.append(number(last.score())).append(last.band() == null ? "" : " (" + last.band() + ")").append(" on ")
                    .append(SENTENCE_DAY.format(last.day())).append(". ");
        }
        if (c.cutoff() != null) {
            b.append("Cut-off: ").append(c.cutoff().label()).append('.');
        }
        return b.toString().strip();
    }

    private static String name(Series s) {
        return s.member().displayName() == null ? "Client " + s.member().clientId() : s.member().displayName();
    }

    private static String svg(String title, double min, double max, List<Band> bands, Double cutoff, List<Line> lines) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        double span = max - min <= 0 ? 1 : max - min;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"tf-measure-svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
                + " role=\"img\" aria-label=\"%s\">", WIDTH, HEIGHT, WIDTH, HEIGHT, escape(title)));
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            double upper = i + 1 < bands.size() ? bands.get(i + 1).from() : band.to();
            double y1 = y(upper, min, span, plotH);
            double y2 = y(band.from(), min, span, plotH);
            svg.append(String.format(Locale.ROOT, "<rect class=\"tf-band tf-band-%d\" x=\"%d\" y=\"%.1f\" width=\"%d\""
                    + " height=\"%.1f\"/>", i % 2, LEFT, y1, plotW, Math.max(0, y2 - y1)));
            svg.append(String.format(Locale.ROOT, "<text class=\"tf-band-label\" x=\"%d\" y=\"%.1f\">%s</text>",
                    LEFT + plotW + 4, (y1 + y2) / 2 + 3, escape(band.label())));
        }
        svg.append(String.format(Locale.ROOT, "<line class=\"tf-axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                LEFT, LEFT, TOP, TOP + plotH));
        svg.append(String.format(Locale.ROOT, "<line class=\"tf-axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                LEFT, LEFT + plotW, TOP + plotH, TOP + plotH));
        svg.append(String.format(Locale.ROOT, "<text class=\"tf-tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                LEFT - 4, y(max, min, span, plotH) + 4, number(max)));
        svg.append(String.format(Locale.ROOT, "<text class=\"tf-tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                LEFT - 4, y(min, min, span, plotH) + 3, number(min)));
        if (cutoff != null) {
            double cy = y(cutoff, min, span, plotH);
            svg.append(String.format(Locale.ROOT, "<line class=\"tf-cutoff\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, LEFT + plotW, cy, cy));
            svg.append(String.format(Locale.ROOT, "<text class=\"tf-cutoff-label\" x=\"%d\" y=\"%.1f\">cut-off %s</text>",
                    LEFT + 3, cy - 3, number(cutoff)));
        }
        LocalDate first = null;
        LocalDate last = null;
        for (Line l : lines) {
            for (LocalDate d : l.days()) {
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        if (first == null) {
            svg.append(String.format(Locale.ROOT, "<text class=\"tf-tick\" x=\"%d\" y=\"%d\">No scores yet</text>",
                    LEFT + plotW / 2 - 30, TOP + plotH / 2));
        } else {
            if (!last.isAfter(first)) {
                first = first.minusDays(3);
                last = last.plusDays(3);
            }
            long days = ChronoUnit.DAYS.between(first, last);
            svg.append(String.format(Locale.ROOT, "<text class=\"tf-tick\" x=\"%d\" y=\"%d\">%s</text>", LEFT,
                    TOP + plotH + 13, DAY.format(first)));
            svg.append(String.format(Locale.ROOT, "<text class=\"tf-tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LEFT + plotW, TOP + plotH + 13, DAY.format(last)));
            int legendX = LEFT;
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                String colour = l.dashed() ? "#444" : COLOURS[i % COLOURS.length];
                StringBuilder points = new StringBuilder();
                StringBuilder marks = new StringBuilder();
                for (int p = 0; p < l.days().size(); p++) {
                    double x = LEFT + 6 + (plotW - 12) * (double) ChronoUnit.DAYS.between(first, l.days().get(p)) / days;
                    double yy = y(l.values().get(p), min, span, plotH);
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, yy));
                    marks.append(marker(i, x, yy, colour));
                }
                if (l.days().size() > 1) {
                    svg.append(String.format(Locale.ROOT, "<polyline class=\"tf-series%s\" stroke=\"%s\" points=\"%s\"/>",
                            l.dashed() ? " tf-series-dashed" : "", colour, points.toString().strip()));
                }
                svg.append(marks);
                if (!l.days().isEmpty()) {
                    int ly = HEIGHT - 10;
                    svg.append(String.format(Locale.ROOT, "<line stroke=\"%s\" class=\"tf-series%s\" x1=\"%d\" x2=\"%d\""
                            + " y1=\"%d\" y2=\"%d\"/>", colour, l.dashed() ? " tf-series-dashed" : "", legendX,
                            legendX + 14, ly - 3, ly - 3));
                    svg.append(marker(i, legendX + 7, ly - 3, colour));
                    svg.append(String.format(Locale.ROOT, "<text class=\"tf-legend\" x=\"%d\" y=\"%d\">%s</text>",
                            legendX + 18, ly, escape(l.label())));
                    legendX += 30 + Math.min(200, l.label().length() * 6);
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String marker(int series, double x, double y, String colour) {
        return switch (series % 4) {
            case 0 -> String.format(Locale.ROOT, "<circle fill=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.2\"/>", colour, x, y);
            case 1 -> String.format(Locale.ROOT, "<rect fill=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\"/>",
                    colour, x - 3, y - 3);
            case 2 -> String.format(Locale.ROOT, "<polygon fill=\"%s\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>", colour,
                    x, y - 4, x + 4, y + 3, x - 4, y + 3);
            default -> String.format(Locale.ROOT, "<polygon fill=\"%s\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>",
                    colour, x, y - 4, x + 4, y, x, y + 4, x - 4, y);
        };
    }

    private static double y(double value, double min, double span, int plotH) {
        double v = Math.max(min, Math.min(min + span, value));
        return TOP + plotH - plotH * (v - min) / span;
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
