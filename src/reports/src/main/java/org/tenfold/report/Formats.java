package org.tenfold.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the clinic's documents print them, in English whatever the server's locale. */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    static String dayTime(ZonedDateTime time) {
        return time == null ? "" : DAY_TIME.format(time);
    }

    static String orDash(String text) {
        return text == null || text.isBlank() ? "\u2013" : text;
    }
}
