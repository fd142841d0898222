package org.tenfold.clinic;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HexFormat;
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

    @Inject
    Letterheads letterheads;

    @Resource
    SessionContext context;

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

    /** Whether everyone needs the second factor (administrators always do) and how long a device is remembered. */
    @RolesAllowed(Roles.ADMIN)
    public SignInSettings signIn() {
        return new SignInSettings(profile.secondFactorForEveryone(), profile.rememberDeviceDays());
    }

    @RolesAllowed(Roles.ADMIN)
    public void updateSignIn(SignInSettings wanted) {
        if (wanted == null) {
            throw new InvalidInputException("signIn", "Send the sign-in settings.");
        }
        if (wanted.rememberDeviceDays() < 0 || wanted.rememberDeviceDays() > SignInSettings.MAX_REMEMBER_DAYS) {
            throw new InvalidInputException("rememberDeviceDays", "A device is remembered for 0 (never) to "
                    + SignInSettings.MAX_REMEMBER_DAYS + " days.");
        }
        put(SettingKey.MFA_REQUIRED_FOR_ALL, String.valueOf(wanted.secondFactorForEveryone()));
        put(SettingKey.MFA_REMEMBER_DAYS, String.valueOf(wanted.rememberDeviceDays()));
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "sign-in: second factor for " + (wanted.secondFactorForEveryone() ? "everyone" : "administrators")
                        + ", devices remembered " + wanted.rememberDeviceDays() + " days");
    }

    /** The address and contact lines of the letterhead on plan PDFs and progress reports; audited. */
    @RolesAllowed(Roles.ADMIN)
    public LetterheadSettings updateLetterhead(LetterheadSettings wanted) {
        if (wanted == null) {
            throw new InvalidInputException("letterhead", "Send the address and contact lines.");
        }
        LetterheadSettings valid = wanted.validated();
        valid.values().forEach(this::put);
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "letterhead address (" + valid.addressLines().size() + " lines) and contact");
        return valid;
    }

    @RolesAllowed(Roles.ADMIN)
    public LetterheadSettings letterhead() {
        return LetterheadSettings.of(profile.all());
    }

    /** Sets or replaces the logo: PNG or JPEG, at most 256 KB, checked by decoding it; audited. */
    @RolesAllowed(Roles.ADMIN)
    public LogoView replaceLogo(byte[] bytes) {
        String type = LogoImages.contentType(bytes);
        String sha = sha256(bytes);
        String by = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        ClinicLogo logo = em.find(ClinicLogo.class, ClinicLogo.ID);
        if (logo == null) {
            logo = new ClinicLogo(type, bytes, sha, now, by);
            em.persist(logo);
        } else {
            logo.replace(type, bytes, sha, now, by);
        }
        em.flush();
        letterheads.forget();
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicLogo", "1", null,
                "logo " + type + ", " + bytes.length + " bytes, sha256 " + sha.substring(0, 12));
        return new LogoView(type, bytes.length, sha, now, by);
    }

    /** Removes the logo; true if there was one. Audited when it was removed. */
    @RolesAllowed(Roles.ADMIN)
    public boolean removeLogo() {
        ClinicLogo logo = em.find(ClinicLogo.class, ClinicLogo.ID);
        if (logo == null) {
            return false;
        }
        em.remove(logo);
        em.flush();
        letterheads.forget();
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicLogo", "1", null, "logo removed");
        return true;
    }

    /** The logo's facts, or null when there is none. */
    @RolesAllowed(Roles.ADMIN)
    public LogoView logo() {
        ClinicLogo logo = em.find(ClinicLogo.class, ClinicLogo.ID);
        return logo == null ? null : new LogoView(logo.getContentType(), logo.getBytes().length, logo.getSha256(),
                logo.getUpdatedAt(), logo.getUpdatedBy());
    }

    /** The logo's bytes, or null when there is none. */
    @RolesAllowed(Roles.ADMIN)
    public byte[] logoBytes() {
        return letterheads.logoBytes();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** When the daily backup runs (clinic time) and how many days backups are kept; audited. */
    @RolesAllowed(Roles.ADMIN)
    public void updateBackups(String time, Integer retentionDays) {
        Map<String, String> errors = new LinkedHashMap<>();
        java.time.LocalTime at = null;
        try {
            at = java.time.LocalTime.parse(time == null ? "" : time.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put("time", "Give the time of the daily backup as HH:mm, such as 02:30.");
        }
        if (retentionDays == null || retentionDays < 1 || retentionDays > 3650) {
            errors.put("retentionDays", "Keep backups for 1 to 3650 days.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        put(SettingKey.BACKUP_TIME, at.withSecond(0).withNano(0).toString());
        put(SettingKey.BACKUP_RETENTION_DAYS, String.valueOf(retentionDays));
        audit.record(AuditAction.SETTINGS_UPDATE, AuditOutcome.SUCCESS, "ClinicSetting", null, null,
                "daily backup at " + at.withSecond(0).withNano(0) + ", kept " + retentionDays + " days");
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
