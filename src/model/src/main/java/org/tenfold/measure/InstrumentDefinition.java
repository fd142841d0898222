package org.tenfold.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One questionnaire as its definition says it: who made it and under what licence, what it asks, the answers
 * each item offers and their values, and how it is scored (total or mean, reverse-scored items, subscales,
 * severity bands, the clinical cut-off, the reliable-change threshold, critical items and what they raise).
 * Read from a definition file by {@link InstrumentDefinitions}, which checks it whole; scored by
 * {@link Scoring}. A new wording is a new version: responses keep the version they were given on.
 *
 * @param code        stable name, e.g. {@code PHQ-9}
 * @param clientTitle what a client sees as the page's title (no clinical words)
 */
public record InstrumentDefinition(String code, int version, String title, String name, String clientTitle,
        String instructions, String source, String licence, Method method, double min, double max,
        boolean higherIsBetter, List<Item> items, List<Band> bands, List<Subscale> subscales, Cutoff cutoff,
        ReliableChange reliableChange) {

    public InstrumentDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(method, "method");
        items = List.copyOf(items);
        bands = bands == null ? List.of() : List.copyOf(bands);
        subscales = subscales == null ? List.of() : List.copyOf(subscales);
    }

    /** How the scored items make the score. */
    public enum Method {
        /** The sum of the scored items' values. */
        SUM,
        /** Their mean, to two decimals. */
        MEAN
    }

    /** What an item asks for. */
    public enum Kind {
        /** One of the item's options. */
        CHOICE,
        /** Free text, never scored. */
        TEXT
    }

    /** On which side of the cut-off the clinical range lies. */
    public enum ClinicalWhen {
        AT_OR_ABOVE, ABOVE, BELOW, AT_OR_BELOW;

        public boolean clinical(double score, double cutoff) {
            return switch (this) {
                case AT_OR_ABOVE -> score >= cutoff;
                case ABOVE -> score > cutoff;
                case BELOW -> score < cutoff;
                case AT_OR_BELOW -> score <= cutoff;
            };
        }
    }

    /**
     * One question. {@code stepCode} ties it to a step of the ten-step framework (the check-in's items);
     * {@code critical}, when present, is what a positive answer raises.
     */
    public record Item(int number, Kind kind, String text, String stepCode, boolean scored, boolean reverse,
            boolean required, List<Option> options, Critical critical) {
        public Item {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public int lowest() {
            return options.stream().mapToInt(Option::value).min().orElse(0);
        }

        public int highest() {
            return options.stream().mapToInt(Option::value).max().orElse(0);
        }

        public Optional<Option> option(int value) {
            return options.stream().filter(o -> o.value() == value).findFirst();
        }

        /** The value as scored: reverse-scored items count from the other end of their options. */
        public int scoredValue(int value) {
            return reverse ? lowest() + highest() - value : value;
        }
    }

    public record Option(int value, String label) {
    }

    /** A severity band: scores from {@code from} up to the next band's {@code from} (the last up to its {@code to}). */
    public record Band(double from, double to, String label) {
    }

    /** A part of the instrument scored on its own (PHQ-2 inside PHQ-9): the sum of its items. */
    public record Subscale(String code, String title, List<Integer> items, Cutoff cutoff) {
        public Subscale {
            items = List.copyOf(items);
        }
    }

    /** The clinical cut-off: scores on the {@code clinicalWhen} side of {@code value} are in the clinical range. */
    public record Cutoff(double value, ClinicalWhen clinicalWhen, String label) {
        public boolean clinical(double score) {
            return clinicalWhen.clinical(score, value);
        }
    }

    /** The smallest change between two scores that is more than measurement error, with where it comes from. */
    public record ReliableChange(double value, String source) {
    }

    /** A critical item: an answer above {@code above} raises {@code raises} (RISK: the client's risk flag and a task). */
    public record Critical(int above, String raises, String label) {
        public boolean positive(int value) {
            return value > above;
        }
    }

    public Optional<Item> item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst();
    }

    /** The items that count towards the score. */
    public List<Item> scoredItems() {
        return items.stream().filter(Item::scored).toList();
    }

    /** The items a response must answer before it is submitted. */
    public List<Item> requiredItems() {
        return items.stream().filter(Item::required).toList();
    }

    public boolean hasCriticalItems() {
        return items.stream().anyMatch(i -> i.critical() != null);
    }
}
