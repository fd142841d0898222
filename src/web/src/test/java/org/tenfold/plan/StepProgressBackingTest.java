package org.tenfold.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tenfold.note.NoteViews.RatingPoint;

class StepProgressBackingTest {

    @Test
    void aDaysRatingsAreAveragedAndTheLineRunsFromTheFirstDayToTheLast() {
        LocalDate day = LocalDate.of(2026, 11, 2);
        var chart = StepProgressBacking.chart(List.of(new RatingPoint(day, 3, null), new RatingPoint(day, 5, 7L),
                new RatingPoint(day.plusDays(14), 8, null)));
        assertEquals("3 ratings from 2 Nov 2026 to 16 Nov 2026; latest 8/10 on 16 Nov 2026.", chart.summary());
        // 4 (the mean of 3 and 5) at the left edge, 8 at the right edge
        assertTrue(chart.svg().contains("points=\"14.0,54.8 306.0,27.6\""), chart.svg());
        assertEquals(2, chart.svg().split("<circle").length - 1);
    }

    @Test
    void oneRatingIsOneDotInTheMiddle() {
        var chart = StepProgressBacking.chart(List.of(new RatingPoint(LocalDate.of(2026, 1, 5), 10, null)));
        assertTrue(chart.svg().contains("cx=\"160.0\" cy=\"14.0\""), chart.svg());
        assertEquals("1 rating from 5 Jan 2026 to 5 Jan 2026; latest 10/10 on 5 Jan 2026.", chart.summary());
    }
}
