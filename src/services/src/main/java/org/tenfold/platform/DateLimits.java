package org.tenfold.platform;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The dates a clinic can mean: years 1900 to 2200. Anything outside (year 0, year 10000, the far ends of
 * what Java can hold) is a mistake to refuse with a message, never a date to compute with. Every date and
 * instant that enters from outside passes here, whether typed in JSON, a query or a screen.
 */
public final class DateLimits {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final LocalDate FIRST_DAY = LocalDate.of(MIN_YEAR, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(MAX_YEAR, 12, 31);
    private static final Instant FIRST = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    /** Four-digit years only, strictly: 2026-02-30 is no date. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private DateLimits() {
    }

    public static boolean within(LocalDate date) {
        return date != null && !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    public static boolean within(Instant instant) {
        return instant != null && !instant.isBefore(FIRST) && instant.isBefore(END);
    }

    /** The date itself, or a 400 naming the field when it is outside the clinic's years. */
    public static LocalDate check(String field, LocalDate date) {
        if (date != null && !within(date)) {
            throw new InvalidInputException(field, field + " must be a date between " + MIN_YEAR + " and " + MAX_YEAR + ".");
        }
        return date;
    }

    public static Instant check(String field, Instant instant) {
        if (instant != null && !within(instant)) {
            throw new InvalidInputException(field, field + " must be a time between " + MIN_YEAR + " and " + MAX_YEAR + ".");
        }
        return instant;
    }

    /** A date like 2026-03-02 within the clinic's years. */
    public static LocalDate parseDate(String field, String text) {
        if (text == null || !text.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw new InvalidInputException(field, field + " must be a date like 2026-03-02.");
        }
        try {
            return check(field, LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date like 2026-03-02.");
        }
    }

    /** An instant like 2026-03-02T09:00:00Z (an offset such as +01:00 also), within the clinic's years. */
    public static Instant parseInstant(String field, String text) {
        if (text == null || !text.strip().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})")) {
            throw new InvalidInputException(field, field + " must be an instant like 2026-03-02T09:00:00Z.");
        }
        try {
            return check(field, DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text.strip(), Instant::from));
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, field + " must be an instant like 2026-03-02T09:00:00Z.");
        }
    }
}
