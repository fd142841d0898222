package org.tenfold.report;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a {@link MeasureChart} with PDFBox path operators: the score range as the y axis, each band a lightly
 * shaded strip labelled at its right, the clinical cut-off as a dashed line with its value, a dated x axis, and
 * one line with markers per person (colour and marker shape both differ, as in {@link ChartPainter}), with a
 * legend below when there is more than one.
 */
final class MeasurePainter {

    static final String EMPTY = "No scores yet";

    private static final Color[] STRIPS = {new Color(0xf4, 0xf7, 0xfa), new Color(0xe6, 0xee, 0xf4)};
    private static final Color CUTOFF = new Color(0xa8, 0x32, 0x2d);
    private static final float PLOT_HEIGHT = 120;
    private static final float AXIS_LEFT = 22;
    private static final float AXIS_BOTTOM = 16;
    private static final float LABEL = 7f;
    private static final float LEGEND_ROW = 12;

    private final ReportComposer composer;
    private final ReportFont metrics;
    private final MeasureChart chart;
    private final float width;

    MeasurePainter(ReportComposer composer, MeasureChart chart, float width) {
        this.composer = composer;
        this.metrics = composer.metrics();
        this.chart = chart;
        this.width = width;
    }

    private boolean legend() {
        return chart.series().stream().filter(s -> !s.points().isEmpty()).count() > 1;
    }

    float height() {
        return 6 + PLOT_HEIGHT + AXIS_BOTTOM + (legend() ? 6 + LEGEND_ROW : 0);
    }

    void paint(float left, float top) {
        try {
            composer.forgetState();
            paintChart(left, top);
        } catch (IOException e) {
            throw new ReportException("Could not draw the questionnaire chart", e);
        } finally {
            composer.forgetState();
        }
    }

    private float y(float y0, double score) {
        double clamped = Math.max(chart.min(), Math.min(chart.max(), score));
        return y0 + (float) (PLOT_HEIGHT * (clamped - chart.min()) / (chart.max() - chart.min()));
    }

    private void paintChart(float left, float top) throws IOException {
        PDPageContentStream cs = composer.canvas();
        float x0 = left + AXIS_LEFT;
        float x1 = left + width - 6;
        float yTop = top - 6;
        float y0 = yTop - PLOT_HEIGHT;
        cs.saveGraphicsState();
        for (int b = 0; b < chart.bands().size(); b++) {
            MeasureChart.Band band = chart.bands().get(b);
            double upper = b + 1 < chart.bands().size() ? chart.bands().get(b + 1).from() : band.to();
            float from = y(y0, band.from());
            float to = y(y0, upper);
            composer.fill(x0, from, x1 - x0, to - from, STRIPS[b % STRIPS.length]);
            String label = metrics.clean(band.label());
            if (to - from >= LABEL + 1 && !label.isEmpty()) {
                composer.text(label, x1 - 3 - metrics.width(label, LABEL), (from + to) / 2 - LABEL * 0.35f, LABEL,
                        ReportComposer.MUTED, false);
            }
        }
        // the axis labelled at the range's ends and its band boundaries
        composer.rule(x0, x1, y0, ReportComposer.MUTED, 0.7f);
        label(x0, y0, chart.min());
        label(x0, yTop, chart.max());
        for (int b = 1; b < chart.bands().size(); b++) {
            float at = y(y0, chart.bands().get(b).from());
            if (at - y0 > LABEL && yTop - at > LABEL) {
                label(x0, at, chart.bands().get(b).from());
            }
        }
        composer.stroke(ReportComposer.MUTED, 0.7f);
        cs.moveTo(x0, y0);
        cs.lineTo(x0, yTop);
        cs.stroke();

        if (chart.cutoff() != null) {
            float cy = y(y0, chart.cutoff());
            composer.stroke(CUTOFF, 0.9f);
            cs.setLineDashPattern(new float[] {3, 2}, 0);
            cs.moveTo(x0, cy);
            cs.lineTo(x1, cy);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
            String text = "cut-off " + MeasureChart.number(chart.cutoff());
            composer.text(text, x0 + 3, cy + 2, LABEL, CUTOFF, false);
        }

        if (chart.isEmpty()) {
            float w = metrics.width(EMPTY, ReportComposer.BODY);
            composer.text(EMPTY, (x0 + x1 - w) / 2, y0 + PLOT_HEIGHT / 2 - 3, ReportComposer.BODY,
                    ReportComposer.MUTED, false);
            cs.restoreGraphicsState();
            return;
        }

        TimeAxis axis = TimeAxis.of(chart.series().stream().flatMap(s -> s.points().stream())
                .map(MeasureChart.Point::date), x0 + 8, x1 - 8 - (x0 + 8) - 60);
        axis.drawTicks(composer, y0, 4, left, x1);

        for (int i = 0; i < chart.series().size(); i++) {
            List<MeasureChart.Point> points = chart.series().get(i).points();
            if (points.isEmpty()) {
                continue;
            }
            Color color = ChartPainter.PALETTE[i % ChartPainter.PALETTE.length];
            composer.stroke(color, 1.4f);
            composer.fillColor(color);
            float[] xs = new float[points.size()];
            float[] ys = new float[points.size()];
            for (int p = 0; p < points.size(); p++) {
                xs[p] = axis.x(points.get(p).date());
                ys[p] = y(y0, points.get(p).score());
            }
            if (xs.length > 1) {
                cs.moveTo(xs[0], ys[0]);
                for (int p = 1; p < xs.length; p++) {
                    cs.lineTo(xs[p], ys[p]);
                }
                cs.stroke();
            }
            for (int p = 0; p < xs.length; p++) {
                ChartPainter.marker(cs, i, xs[p], ys[p], 2.6f);
            }
        }
        if (legend()) {
            float ly = y0 - AXIS_BOTTOM - 6;
            float lx = left;
            for (int i = 0; i < chart.series().size(); i++) {
                MeasureChart.Series s = chart.series().get(i);
                if (s.points().isEmpty()) {
                    continue;
                }
                Color color = ChartPainter.PALETTE[i % ChartPainter.PALETTE.length];
                composer.stroke(color, 1.4f);
                composer.fillColor(color);
                cs.moveTo(lx, ly - 4);
                cs.lineTo(lx + 14, ly - 4);
                cs.stroke();
                ChartPainter.marker(cs, i, lx + 7, ly - 4, 2.2f);
                String label = metrics.clean(s.label());
                composer.text(label, lx + 18, ly - 6.5f, LABEL + 0.5f, ReportComposer.INK, false);
                lx += 18 + metrics.width(label, LABEL + 0.5f) + 14;
            }
        }
        cs.restoreGraphicsState();
    }

    private void label(float x0, float at, double value) {
        String text = MeasureChart.number(value);
        composer.text(text, x0 - 4 - metrics.width(text, LABEL), at - LABEL * 0.35f, LABEL, ReportComposer.MUTED, false);
    }
}
