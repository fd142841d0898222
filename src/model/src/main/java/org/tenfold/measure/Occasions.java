package org.tenfold.measure;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When an assignment's questionnaires fall due, as pure arithmetic over its schedule: a day's questionnaire at
 * {@link #SEND_AT} in the clinic's zone (or at once when assigned on that day, whatever the hour), every N weeks
 * from the first day, or a set number of hours before an appointment. Each occasion has a key, unique per
 * assignment, so no occasion is made twice, whichever server makes it.
 */
public final class Occasions {

    /** The clinic's local time a day's questionnaire is sent. */
    public static final LocalTime SEND_AT = LocalTime.of(8, 0);

    private Occasions() {
    }

    /** One due questionnaire of an assignment. */
    public record Occasion(String key, Instant dueAt, Long appointmentId) {
    }

    /**
     * The occasion of a day: {@link #SEND_AT} that day; a day that has come by the moment of assigning (today, or
     * earlier weeks of a schedule) is due at that moment, since the counsellor asks for it now.
     */
    public static Instant dayDue(LocalDate day, Instant assignedAt, ZoneId zone) {
        LocalDate assignedOn = LocalDate.ofInstant(assignedAt, zone);
        return day.isAfter(assignedOn) ? day.atTime(SEND_AT).atZone(zone).toInstant() : assignedAt;
    }

    /** A once-only assignment's occasion. */
    public static Occasion once(LocalDate startsOn, Instant assignedAt, ZoneId zone) {
        return new Occasion("ONCE", dayDue(startsOn, assignedAt, zone), null);
    }

    /** The latest occasion of an every-N-weeks assignment that is due by {@code now}, if any (missed ones are not made up). */
    public static Optional<Occasion> latestWeekly(LocalDate startsOn, int weeks, Instant assignedAt, Instant now,
            ZoneId zone) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks");
        }
        Occasion found = null;
        for (int k = 0; ; k++) {
            Instant due = dayDue(startsOn.plusWeeks((long) k * weeks), assignedAt, zone);
            if (due.isAfter(now)) {
                break;
            }
            found = new Occasion("WEEK-" + k, due, null);
            if (k > 10_000) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The occasion of an appointment: {@code leadHours} before it starts. */
    public static Occasion beforeAppointment(long appointmentId, Instant startsAt, int leadHours) {
        return new Occasion("APPT-" + appointmentId, startsAt.minus(Duration.ofHours(leadHours)), appointmentId);
    }
}
