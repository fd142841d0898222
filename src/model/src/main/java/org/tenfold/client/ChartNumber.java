package org.tenfold.client;

import java.util.regex.Pattern;

/** A client's chart number, {@code C-000123}: the number staff quote on the phone and on paper. */
public record ChartNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("C-\\d{6,}");

    public ChartNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a chart number: " + value);
        }
    }

    public static ChartNumber forSequence(long n) {
        if (n < 1) {
            throw new IllegalArgumentException("Chart numbers start at 1");
        }
        return new ChartNumber(String.format("C-%06d", n));
    }

    /** Accepts {@code C-000123}, {@code c-123}, {@code C123} and {@code 123}; anything else is empty. */
    public static java.util.Optional<ChartNumber> parseLenient(String text) {
        if (text == null) {
            return java.util.Optional.empty();
        }
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.startsWith("C")) {
            s = s.substring(1);
            if (s.startsWith("-")) {
                s = s.substring(1);
            }
        }
        if (s.isEmpty() || s.length() > 12 || !s.chars().allMatch(Character::isDigit)) {
            return java.util.Optional.empty();
        }
        long n = Long.parseLong(s);
        return n < 1 ? java.util.Optional.empty() : java.util.Optional.of(forSequence(n));
    }

    @Override
    public String toString() {
        return value;
    }
}
