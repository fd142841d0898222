package org.tenfold.measure;

import org.tenfold.measure.MeasureViews.ChangeView;

/** How the screens word scores and their change, in one place. */
public final class MeasureLabels {

    private MeasureLabels() {
    }

    /** "−7 from 16: reliable improvement, clinically significant" or "first score". */
    public static String change(ChangeView c) {
        if (c == null) {
            return "";
        }
        String delta = (c.delta() > 0 ? "+" : c.delta() < 0 ? "\u2212" : "\u00b1") + SvgCharts.number(Math.abs(c.delta()));
        String reliable = switch (c.reliable()) {
            case RELIABLE_IMPROVEMENT -> "reliable improvement";
            case RELIABLE_DETERIORATION -> "reliable deterioration";
            case NO_RELIABLE_CHANGE -> "no reliable change";
            case NOT_DEFINED -> null;
        };
        String clinical = switch (c.clinical()) {
            case CLINICALLY_SIGNIFICANT_IMPROVEMENT -> "clinically significant improvement";
            case CLINICALLY_SIGNIFICANT_DETERIORATION -> "clinically significant deterioration";
            case NONE, NOT_DEFINED -> null;
        };
        StringBuilder b = new StringBuilder(delta).append(" from ").append(SvgCharts.number(c.baseline()));
        if (reliable != null) {
            b.append(": ").append(reliable);
        }
        if (clinical != null) {
            b.append(", ").append(clinical);
        }
        return b.toString();
    }

    public static String score(Double total) {
        return total == null ? "\u2014" : SvgCharts.number(total);
    }
}
