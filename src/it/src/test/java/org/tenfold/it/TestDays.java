package org.tenfold.it;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Days for the tests' appointments, time off and series, years ahead. Each call hands out weeks that no other call
 * in this run has had, so one test's bookings never meet another's, even on the demo counsellors every test shares.
 * The first week is random, so a database kept between local runs rarely holds the same weeks again.
 */
public final class TestDays {

    private static final LocalDate FIRST_MONDAY = LocalDate.now(ZoneOffset.UTC).plusYears(3)
            .plusWeeks(ThreadLocalRandom.current().nextInt(1500)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    private TestDays() {
    }

    /** The Monday of a week that is the caller's alone. */
    public static LocalDate freshWeek() {
        return freshWeeks(1);
    }

    /** The first Monday of {@code weeks} weeks in a row that are the caller's alone (for a weekly series). */
    public static LocalDate freshWeeks(int weeks) {
        return FIRST_MONDAY.plusWeeks(NEXT_WEEK.getAndAdd(weeks));
    }

    /** That day of a week that is the caller's alone. */
    public static LocalDate fresh(DayOfWeek day) {
        return freshWeek().with(TemporalAdjusters.nextOrSame(day));
    }

    /** A weekday (Monday to Friday, chosen at random) of a week that is the caller's alone. */
    public static LocalDate freshWeekday() {
        return fresh(DayOfWeek.of(1 + ThreadLocalRandom.current().nextInt(5)));
    }
}
