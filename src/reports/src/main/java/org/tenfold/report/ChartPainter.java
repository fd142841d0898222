package org.tenfold.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a {@link ProgressChart} with PDFBox path operators: a 0 to 10 scale with grid lines, a dated
 * x axis, one line with markers per series (colour and marker shape both differ, so it reads in grey
 * print too) and a legend that wraps below the plot.
 */
final class ChartPainter {

    static final String EMPTY = "No ratings yet";

    static final Color[] PALETTE = {
        new Color(0x1f, 0x77, 0xb4), new Color(0xd6, 0x5f, 0x0e), new Color(0x2c, 0x9a, 0x2c),
        new Color(0xc4, 0x27, 0x28), new Color(0x7b, 0x52, 0xab), new Color(0x8c, 0x56, 0x4b),
        new Color(0xd3, 0x4f, 0xa6), new Color(0x5a, 0x5a, 0x5a), new Color(0x9a, 0x9a, 0x12),
        new Color(0x12, 0x9a, 0xaa)
    };

    private static final float PLOT_HEIGHT = 150;
    private static final float AXIS_LEFT = 22;
    private static final float AXIS_BOTTOM = 16;
    private static final float LABEL = 7f;
    private static final float LEGEND_ROW = 12;

    private final ReportComposer composer;
    private final ReportFont metrics;
    private final ProgressChart chart;
    private final float width;
    private final List<List<Integer>> legendRows;

    ChartPainter(ReportComposer composer, ProgressChart chart, float width) {
        this.composer = composer;
        this.metrics = composer.metrics();
        this.chart = chart;
        this.width = width;
        this.legendRows = chart.isEmpty() ? List.of() : legendRows();
    }

    float height() {
        return 6 + PLOT_HEIGHT + AXIS_BOTTOM + (legendRows.isEmpty() ? 0 : 6 + legendRows.size() * LEGEND_ROW);
    }

    void paint(float left, float top) {
        try {
            composer.forgetState();
            paintChart(left, top);
        } catch (IOException e) {
            throw new ReportException("Could not draw the chart", e);
        } finally {
            composer.forgetState();
        }
    }

    private void paintChart(float left, float top) throws IOException {
        PDPageContentStream cs = composer.canvas();
        float x0 = left + AXIS_LEFT;
        float x1 = left + width - 6;
        float yTop = top - 6;
        float y0 = yTop - PLOT_HEIGHT;
        cs.saveGraphicsState();
        for (int r = 0; r <= 10; r += 2) {
            float gy = y0 + PLOT_HEIGHT * r / 10f;
            composer.rule(x0, x1, gy, r == 0 ? ReportComposer.MUTED : ReportComposer.RULE, r == 0 ? 0.7f : 0.4f);
            String label = Integer.toString(r);
            composer.text(label, x0 - 4 - metrics.width(label, LABEL), gy - LABEL * 0.35f, LABEL, ReportComposer.MUTED, false);
        }
        composer.stroke(ReportComposer.MUTED, 0.7f);
        cs.moveTo(x0, y0);
        cs.lineTo(x0, yTop);
        cs.stroke();

        if (chart.isEmpty()) {
            float w = metrics.width(EMPTY, ReportComposer.BODY);
            composer.text(EMPTY, (x0 + x1 - w) / 2, y0 + PLOT_HEIGHT / 2 - 3, ReportComposer.BODY, ReportComposer.MUTED, false);
            cs.restoreGraphicsState();
            return;
        }

        TimeAxis axis = TimeAxis.of(chart.series().stream().flatMap(s -> s.points().stream())
                .map(ProgressChart.Point::date), x0 + 8, x1 - 8 - (x0 + 8));
        axis.drawTicks(composer, y0, 5, x0 - AXIS_LEFT, x1);

        for (int i = 0; i < chart.series().size(); i++) {
            List<ProgressChart.Point> points = chart.series().get(i).points();
            if (points.isEmpty()) {
                continue;
            }
            Color color = PALETTE[i % PALETTE.length];
            composer.stroke(color, 1.3f);
            composer.fillColor(color);
            float[] xs = new float[points.size()];
            float[] ys = new float[points.size()];
            for (int p = 0; p < points.size(); p++) {
                ProgressChart.Point point = points.get(p);
                double rating = Math.max(0, Math.min(10, point.rating()));
                xs[p] = axis.x(point.date());
                ys[p] = y0 + (float) (PLOT_HEIGHT * rating / 10);
            }
            if (points.size() > 1) {
                cs.moveTo(xs[0], ys[0]);
                for (int p = 1; p < xs.length; p++) {
                    cs.lineTo(xs[p], ys[p]);
                }
                cs.stroke();
            }
            for (int p = 0; p < xs.length; p++) {
                marker(cs, i, xs[p], ys[p], 2.4f);
            }
        }

        float ly = y0 - AXIS_BOTTOM - 6;
        for (List<Integer> row : legendRows) {
            float lx = x0 - AXIS_LEFT;
            for (int i : row) {
                Color color = PALETTE[i % PALETTE.length];
                composer.stroke(color, 1.3f);
                composer.fillColor(color);
                cs.moveTo(lx, ly - 4);
                cs.lineTo(lx + 14, ly - 4);
                cs.stroke();
                marker(cs, i, lx + 7, ly - 4, 2.2f);
                String label = legendLabel(i);
                composer.text(label, lx + 18, ly - 6.5f, LABEL + 0.5f, ReportComposer.INK, false);
                lx += entryWidth(i);
            }
            ly -= LEGEND_ROW;
        }
        cs.restoreGraphicsState();
    }

    private List<List<Integer>> legendRows() {
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < chart.series().size(); i++) {
            if (chart.series().get(i).points().isEmpty()) {
                continue;
            }
            float w = entryWidth(i);
            if (!row.isEmpty() && used + w > width) {
                rows.add(row);
                row = new ArrayList<>();
                used = 0;
            }
            row.add(i);
            used += w;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private String legendLabel(int i) {
        String label = metrics.clean(chart.series().get(i).label());
        float max = width - 30;
        if (metrics.width(label, LABEL + 0.5f) > max) {
            while (!label.isEmpty() && metrics.width(label + "\u2026", LABEL + 0.5f) > max) {
                label = label.substring(0, label.length() - 1);
            }
            label = label + "\u2026";
        }
        return label;
    }

    private float entryWidth(int i) {
        return 18 + metrics.width(legendLabel(i), LABEL + 0.5f) + 14;
    }

    /** circle, square, triangle, diamond in turn (also the measure charts' markers) */
    static void marker(PDPageContentStream cs, int series, float x, float y, float r) throws IOException {
        switch ((series / PALETTE.length + series) % 4) {
            case 0 -> {
                float k = 0.5523f * r;
                cs.moveTo(x + r, y);
                cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
                cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
                cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
                cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
                cs.closePath();
            }
            case 1 -> cs.addRect(x - r * 0.9f, y - r * 0.9f, r * 1.8f, r * 1.8f);
            case 2 -> {
                cs.moveTo(x, y + r * 1.1f);
                cs.lineTo(x + r * 1.1f, y - r * 0.8f);
                cs.lineTo(x - r * 1.1f, y - r * 0.8f);
                cs.closePath();
            }
            default -> {
                cs.moveTo(x, y + r * 1.2f);
                cs.lineTo(x + r, y);
                cs.lineTo(x, y - r * 1.2f);
                cs.lineTo(x - r, y);
                cs.closePath();
            }
        }
        cs.fill();
    }
}
