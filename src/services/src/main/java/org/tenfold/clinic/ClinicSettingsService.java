package org.tenfold.clinic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.reminder.ReminderPlanner;
import org.tenfold.reminder.ReminderSettings;
import org.tenfold.staff.Roles;

/** Administrators change the clinic's name, time zone, reminder settings and when a session note counts as missing. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ClinicSettingsService {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ClinicProfile profile;

    @Inject
    ReminderPlanner reminders;

    @RolesAllowed(Roles.ADMIN)
    public void update(String clinicName, String timeZone) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = clinicName == null ? "" : clinicName.strip();
        if (name.isEmpty() || name.length() > 200) {
            errors.put("clinicName", "The clinic's name is required, at most 200 characters.");
        }
        String zone = timeZone == null ? "" : timeZone.strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            errors.put("timeZone", "\"" + zone + "\" is not a time zone; use a name such as Europe/London.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        put(SettingKey.CLINIC_NAME, name);
        put(SettingKey.TIME_ZONE, zone);
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "name and time zone");
    }

    /**
     * Reminders on or off, their lead time, initials-only greeting and sender name. A new lead time
     * applies at once to every reminder still waiting.
     */
    @RolesAllowed(Roles.ADMIN)
    public void updateReminders(ReminderSettings wanted) {
        if (wanted == null) {
            throw new InvalidInputException("reminders", "Send the reminder settings.");
        }
        ReminderSettings valid = wanted.validated();
        ReminderSettings before = ReminderSettings.of(profile.all());
        valid.values().forEach(this::put);
        if (valid.leadHours() != before.leadHours()) {
            reminders.retimeAll(valid.lead());
        }
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "reminders " + (valid.enabled() ? "on" : "off") + ", " + valid.leadHours() + " h before"
                        + (valid.initialsOnly() ? ", initials only" : ""));
    }

    /** The fewest and most hours after a held session before its note counts as missing. */
    public static final int NOTE_MISSING_MIN_HOURS = 1;
    public static final int NOTE_MISSING_MAX_HOURS = 336;

    /** Hours after a held session ends before its note is listed as missing (1 to 336, two weeks). */
    @RolesAllowed(Roles.ADMIN)
    public void updateNoteMissingAfterHours(Integer hours) {
        if (hours == null || hours < NOTE_MISSING_MIN_HOURS || hours > NOTE_MISSING_MAX_HOURS) {
            throw new InvalidInputException("noteMissingAfterHours", "Give a whole number of hours from "
                    + NOTE_MISSING_MIN_HOURS + " to " + NOTE_MISSING_MAX_HOURS + " (two weeks).");
        }
        put(SettingKey.NOTE_MISSING_AFTER_HOURS, Integer.toString(hours));
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "notes missing after " + hours + " h");
    }

    private void put(SettingKey key, String value) {
        ClinicSetting setting = em.find(ClinicSetting.class, key.name());
        if (setting == null) {
            em.persist(new ClinicSetting(key, value));
        } else {
            setting.changeValue(value);
        }
    }
}
