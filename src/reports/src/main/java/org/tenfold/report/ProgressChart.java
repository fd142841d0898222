package org.tenfold.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Ratings (0 to 10) per framework step over time, one series per step. A chart whose series hold no
 * points is drawn as its empty state ("No ratings yet").
 */
public record ProgressChart(List<Series> series) {

    public ProgressChart {
        series = series == null ? List.of() : List.copyOf(series);
    }

    public static ProgressChart empty() {
        return new ProgressChart(List.of());
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.points().isEmpty());
    }

    /**
     * The chart in words, for those who cannot see it (its alternative text): for each step, how many
     * ratings, over which dates, from what to what.
     */
    public String description() {
        if (isEmpty()) {
            return "Progress chart: no ratings yet.";
        }
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.ENGLISH);
        StringBuilder b = new StringBuilder("Progress chart of ratings from 0 to 10 over time.");
        for (Series s : series) {
            if (s.points().isEmpty()) {
                continue;
            }
            Point first = s.points().get(0);
            Point last = s.points().get(s.points().size() - 1);
            b.append(' ').append(s.label()).append(": ").append(s.points().size())
                    .append(s.points().size() == 1 ? " rating, " : " ratings, ");
            if (s.points().size() == 1) {
                b.append(number(first.rating())).append(" on ").append(day.format(first.date())).append('.');
            } else {
                b.append("from ").append(number(first.rating())).append(" on ").append(day.format(first.date()))
                        .append(" to ").append(number(last.rating())).append(" on ").append(day.format(last.date()))
                        .append('.');
            }
        }
        return b.toString();
    }

    private static String number(double rating) {
        return rating == Math.rint(rating) ? Long.toString((long) rating) : Double.toString(rating);
    }

    /** One line of the chart, for example "2 Communication". */
    public record Series(String label, List<Point> points) {
        public Series {
            label = label == null ? "" : label;
            points = points == null ? List.of()
                    : points.stream().filter(p -> !Double.isNaN(p.rating()))
                            .sorted(java.util.Comparator.comparing(Point::date)).toList();
        }
    }

    /** One rating on one day; ratings outside 0 to 10 are drawn at the nearest end of the scale. */
    public record Point(LocalDate date, double rating) {
        public Point {
            Objects.requireNonNull(date, "date");
        }
    }
}
