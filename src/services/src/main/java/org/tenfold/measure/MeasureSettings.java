package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.SettingKey;

/** The clinic's settings for questionnaires, read per call like every setting (a change shows on every server). */
@ApplicationScoped
public class MeasureSettings {

    /** The fewest and most days a one-time link opens. */
    public static final int MIN_LINK_DAYS = 1;
    public static final int MAX_LINK_DAYS = 30;

    @Inject
    ClinicProfile clinic;

    /** What a client sees after an answer that needs follow-up. */
    public String crisisText() {
        return clinic.value(SettingKey.CRISIS_TEXT);
    }

    public String senderName() {
        return clinic.value(SettingKey.MEASURE_SENDER_NAME);
    }

    public Duration linkLifetime() {
        try {
            int days = Integer.parseInt(clinic.value(SettingKey.MEASURE_LINK_DAYS).strip());
            return Duration.ofDays(Math.max(MIN_LINK_DAYS, Math.min(MAX_LINK_DAYS, days)));
        } catch (NumberFormatException e) {
            return Duration.ofDays(Integer.parseInt(SettingKey.MEASURE_LINK_DAYS.defaultValue()));
        }
    }

    /** The address for links in emails: the setting, else the one the assigning counsellor used, else none. */
    public String linkBase(String fromAssignment) {
        String set = clinic.value(SettingKey.CLIENT_LINK_ADDRESS);
        String base = set != null && !set.isBlank() ? set.strip() : fromAssignment;
        if (base == null || base.isBlank()) {
            return null;
        }
        return base.endsWith("/") ? base : base + "/";
    }
}
