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
