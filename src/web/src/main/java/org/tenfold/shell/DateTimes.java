package org.tenfold.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tenfold.clinic.ClinicProfile;

/** Instants are stored in UTC and shown in the clinic's zone. */
@Named
@ApplicationScoped
public class DateTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    @Inject
    ClinicProfile clinic;

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(clinic.zone()));
    }
}
