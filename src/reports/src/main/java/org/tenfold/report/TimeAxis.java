package org.tenfold.report;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * The dated x axis the report's charts share: the days the points span (a single day widened by three days
 * each way, so its point sits in the middle), where a day falls across the plot, and the day ticks under it.
 */
record TimeAxis(LocalDate first, LocalDate last, float px0, float width) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final float LABEL = 7f;

    /** The axis of these dates (at least one) drawn from {@code px0} across {@code width} points. */
    static TimeAxis of(Stream<LocalDate> dates, float px0, float width) {
        LocalDate[] range = {null, null};
        dates.forEach(d -> {
            range[0] = range[0] == null || d.isBefore(range[0]) ? d : range[0];
            range[1] = range[1] == null || d.isAfter(range[1]) ? d : range[1];
        });
        LocalDate first = range[0];
        LocalDate last = range[1];
        if (!last.isAfter(first)) {
            first = first.minusDays(3);
            last = last.plusDays(3);
        }
        return new TimeAxis(first, last, px0, width);
    }

    long span() {
        return ChronoUnit.DAYS.between(first, last);
    }

    float x(LocalDate day) {
        return px0 + width * ChronoUnit.DAYS.between(first, day) / span();
    }

    /** Up to {@code maxTicks} evenly spread days, each a short tick below {@code y0} with its date under it. */
    void drawTicks(ReportComposer composer, float y0, int maxTicks, float labelMin, float labelMax)
            throws IOException {
        PDPageContentStream cs = composer.canvas();
        long span = span();
        int ticks = (int) Math.min(maxTicks, span + 1);
        for (int t = 0; t < ticks; t++) {
            LocalDate day = first.plusDays(Math.round(span * (double) t / Math.max(1, ticks - 1)));
            float tx = x(day);
            composer.stroke(ReportComposer.MUTED, 0.5f);
            cs.moveTo(tx, y0);
            cs.lineTo(tx, y0 - 3);
            cs.stroke();
            String label = DAY.format(day);
            float lw = composer.metrics().width(label, LABEL);
            composer.text(label, Math.max(labelMin, Math.min(labelMax - lw, tx - lw / 2)), y0 - 3 - LABEL - 2, LABEL,
                    ReportComposer.MUTED, false);
        }
    }
}
