package org.tenfold.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.tenfold.clinic.ClinicProfile;

/**
 * The clinic's one date format and one date-time format, for every screen: "17 Dec 2026" and "17 Dec 2026, 16:00".
 * Instants are stored in UTC and shown in the clinic's zone. Screens call {@code #{dateTimes.format(x)}} (a moment)
 * or {@code #{dateTimes.date(x)}} (a day); Java code uses the constants.
 */
@Named
@ApplicationScoped
public class DateTimes {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    @Inject
    ClinicProfile clinic;

    /** A moment, in the clinic's zone; "" for none. */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clinic.zone()));
    }

    /** A day, or the day of a moment or of a date-time; "" for none. */
    public String date(Object day) {
        if (day == null) {
            return "";
        }
        if (day instanceof Instant i) {
            return DATE.format(i.atZone(clinic.zone()));
        }
        if (day instanceof LocalDate || day instanceof LocalDateTime || day instanceof ZonedDateTime) {
            return DATE.format((TemporalAccessor) day);
        }
        return day.toString();
    }
}
