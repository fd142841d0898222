package org.tenfold.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A questionnaire's scores over time for a report: its range, its bands and clinical cut-off, and one line per
 * person (a couple's partners side by side). Only totals: the services never put an item's answer here.
 *
 * @param caption a sentence under the chart, such as the latest score and its change from the first
 */
public record MeasureChart(String title, double min, double max, boolean higherIsBetter, List<Band> bands,
        Double cutoff, String cutoffLabel, List<Series> series, String caption) {

    public MeasureChart {
        Objects.requireNonNull(title, "title");
        if (!(max > min)) {
            throw new IllegalArgumentException("A chart's range must have max above min");
        }
        bands = bands == null ? List.of() : List.copyOf(bands);
        series = series == null ? List.of() : List.copyOf(series);
    }

    /** A band of the range, drawn as a lightly shaded strip with its label. */
    public record Band(double from, double to, String label) {
    }

    /** One person's scores. */
    public record Series(String label, List<Point> points) {
        public Series {
            label = label == null ? "" : label;
            points = points == null ? List.of()
                    : points.stream().sorted(Comparator.comparing(Point::date)).toList();
        }
    }

    public record Point(LocalDate date, double score) {
        public Point {
            Objects.requireNonNull(date, "date");
        }
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /** The chart in words, its alternative text: range and direction, bands, cut-off, each line's first and last score. */
    public String description() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        StringBuilder b = new StringBuilder(title).append(" over time, scores from ").append(number(min)).append(" to ")
                .append(number(max)).append(higherIsBetter ? ", higher is better." : ", lower is better.");
        if (!bands.isEmpty()) {
            b.append(" Ranges:");
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                b.append(i == 0 ? " " : "; ").append(band.label()).append(' ').append(number(band.from())).append(" to ")
                        .append(number(band.to()));
            }
            b.append('.');
        }
        if (cutoff != null) {
            b.append(" Cut-off at ").append(number(cutoff)).append('.');
        }
        if (isEmpty()) {
            return b.append(" No scores yet.").toString();
        }
        for (Series s : series) {
            if (s.points().isEmpty()) {
                continue;
            }
            Point first = s.points().get(0);
            Point last = s.points().get(s.points().size() - 1);
            b.append(' ').append(s.label().isEmpty() ? "Scores" : s.label()).append(": ").append(s.points().size())
                    .append(s.points().size() == 1 ? " score, " : " scores, ");
            if (s.points().size() == 1) {
                b.append(number(first.score())).append(" on ").append(day.format(first.date())).append('.');
            } else {
                b.append("from ").append(number(first.score())).append(" on ").append(day.format(first.date()))
                        .append(" to ").append(number(last.score())).append(" on ").append(day.format(last.date()))
                        .append('.');
            }
        }
        return b.toString();
    }

    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }
}
