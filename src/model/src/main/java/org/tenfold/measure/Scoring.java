package org.tenfold.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tenfold.measure.InstrumentDefinition.Band;
import org.tenfold.measure.InstrumentDefinition.Item;
import org.tenfold.measure.InstrumentDefinition.Kind;
import org.tenfold.measure.InstrumentDefinition.Subscale;

/**
 * The one place that scores a questionnaire, for every screen, report, export and API answer: totals (sum or
 * mean, reverse-scored items counted from the other end), subscales, the severity band, the clinical range,
 * critical answers, and change from a baseline — reliable improvement or deterioration (the change reaches the
 * instrument's reliable-change threshold) and clinically significant change (Jacobson and Truax: a reliable
 * change that also crosses the cut-off, out of the clinical range or into it). Pure: answers in, numbers out.
 */
public final class Scoring {

    private Scoring() {
    }

    /** What a response's answers score. An incomplete response (a required item unanswered) has no total. */
    public record Score(boolean complete, Double total, String band, Boolean clinical, Map<String, Double> subscales,
            Map<String, Boolean> subscalesClinical, List<Integer> missing, List<CriticalAnswer> critical) {
        public Score {
            subscales = Map.copyOf(subscales);
            subscalesClinical = Map.copyOf(subscalesClinical);
            missing = List.copyOf(missing);
            critical = List.copyOf(critical);
        }
    }

    /** A critical item answered positively: which, what it raises, and the item's label for clinical eyes. */
    public record CriticalAnswer(int item, String raises, String label) {
    }

    /** Whether a change reaches the reliable-change threshold, and which way. */
    public enum Reliable {
        RELIABLE_IMPROVEMENT, RELIABLE_DETERIORATION, NO_RELIABLE_CHANGE,
        /** The instrument gives no threshold. */
        NOT_DEFINED
    }

    /** Clinically significant change: a reliable change that crosses the cut-off. */
    public enum Clinical {
        /** From the clinical range out of it, with reliable improvement ("recovered"). */
        CLINICALLY_SIGNIFICANT_IMPROVEMENT,
        /** From outside the clinical range into it, with reliable deterioration. */
        CLINICALLY_SIGNIFICANT_DETERIORATION,
        NONE,
        /** The instrument gives no cut-off or no reliable-change threshold. */
        NOT_DEFINED
    }

    /** From a baseline score to a later one; {@code delta} is later minus baseline. */
    public record Change(double baseline, double current, double delta, boolean better, Reliable reliable,
            Clinical clinical) {
    }

    /** Scores the answers (item number to value; text items are not given here). */
    public static Score score(InstrumentDefinition d, Map<Integer, Integer> answers) {
        List<Integer> missing = new ArrayList<>();
        for (Item i : d.requiredItems()) {
            if (i.kind() == Kind.CHOICE && !answers.containsKey(i.number())) {
                missing.add(i.number());
            }
        }
        List<CriticalAnswer> critical = new ArrayList<>();
        for (Item i : d.items()) {
            Integer v = answers.get(i.number());
            if (i.critical() != null && v != null && i.critical().positive(v)) {
                critical.add(new CriticalAnswer(i.number(), i.critical().raises(), i.critical().label()));
            }
        }
        boolean allScored = d.scoredItems().stream().allMatch(i -> answers.containsKey(i.number()));
        if (!missing.isEmpty() || !allScored) {
            return new Score(false, null, null, null, Map.of(), Map.of(), missing, critical);
        }
        double total = combine(d, d.scoredItems(), answers);
        Map<String, Double> subscales = new LinkedHashMap<>();
        Map<String, Boolean> subscalesClinical = new LinkedHashMap<>();
        for (Subscale s : d.subscales()) {
            List<Item> items = s.items().stream().map(n -> d.item(n).orElseThrow()).toList();
            double value = combine(d, items, answers);
            subscales.put(s.code(), value);
            if (s.cutoff() != null) {
                subscalesClinical.put(s.code(), s.cutoff().clinical(value));
            }
        }
        return new Score(true, total, band(d, total), d.cutoff() == null ? null : d.cutoff().clinical(total),
                subscales, subscalesClinical, missing, critical);
    }

    /** The band a score falls in, or null when the instrument has none. */
    public static String band(InstrumentDefinition d, double score) {
        List<Band> bands = d.bands();
        for (int b = 0; b < bands.size(); b++) {
            Band band = bands.get(b);
            boolean last = b == bands.size() - 1;
            if (score >= band.from() && (last ? score <= band.to() : score < bands.get(b + 1).from())) {
                return band.label();
            }
        }
        return null;
    }

    /** The change from a baseline score to a later one, judged by the instrument's threshold and cut-off. */
    public static Change change(InstrumentDefinition d, double baseline, double current) {
        double delta = round(current - baseline);
        boolean better = d.higherIsBetter() ? delta > 0 : delta < 0;
        Reliable reliable;
        if (d.reliableChange() == null) {
            reliable = Reliable.NOT_DEFINED;
        } else if (Math.abs(delta) + 1e-9 >= d.reliableChange().value()) {
            reliable = better ? Reliable.RELIABLE_IMPROVEMENT : Reliable.RELIABLE_DETERIORATION;
        } else {
            reliable = Reliable.NO_RELIABLE_CHANGE;
        }
        Clinical clinical;
        if (d.cutoff() == null || reliable == Reliable.NOT_DEFINED) {
            clinical = Clinical.NOT_DEFINED;
        } else {
            boolean wasClinical = d.cutoff().clinical(baseline);
            boolean isClinical = d.cutoff().clinical(current);
            if (reliable == Reliable.RELIABLE_IMPROVEMENT && wasClinical && !isClinical) {
                clinical = Clinical.CLINICALLY_SIGNIFICANT_IMPROVEMENT;
            } else if (reliable == Reliable.RELIABLE_DETERIORATION && !wasClinical && isClinical) {
                clinical = Clinical.CLINICALLY_SIGNIFICANT_DETERIORATION;
            } else {
                clinical = Clinical.NONE;
            }
        }
        return new Change(baseline, current, delta, better && delta != 0, reliable, clinical);
    }

    private static double combine(InstrumentDefinition d, List<Item> items, Map<Integer, Integer> answers) {
        long sum = 0;
        for (Item i : items) {
            sum += i.scoredValue(answers.get(i.number()));
        }
        if (d.method() == InstrumentDefinition.Method.MEAN) {
            return items.isEmpty() ? 0 : round((double) sum / items.size());
        }
        return sum;
    }

    /** Two decimals, half up: a mean of ten 0-10 ratings reads as the clinic writes it. */
    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
