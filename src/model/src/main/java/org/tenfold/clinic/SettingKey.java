package org.tenfold.clinic;

/** The settings an administrator can change, with the value a new clinic starts with. */
public enum SettingKey {
    CLINIC_NAME("Tenfold Clinic"),
    TIME_ZONE("Europe/London"),
    REMINDERS_ENABLED("true"),
    REMINDER_LEAD_HOURS("24"),
    REMINDER_INITIALS_ONLY("false"),
    REMINDER_SENDER_NAME("Appointments"),
    /** Hours after a held session ends before its note counts as missing. */
    NOTE_MISSING_AFTER_HOURS("48"),
    /** The clinic's postal address for the letterhead, one line per line. */
    CLINIC_ADDRESS(""),
    CLINIC_PHONE(""),
    CLINIC_EMAIL(""),
    CLINIC_WEBSITE(""),
    /** Clinic time of the daily backup, HH:mm. */
    BACKUP_TIME("02:30"),
    /** Days a backup is kept before the daily run deletes it (the newest is always kept). */
    BACKUP_RETENTION_DAYS("14"),
    /** Everyone needs the second factor, not only administrators. */
    MFA_REQUIRED_FOR_ALL("false"),
    /** Days a device may skip the second factor after a sign-in there (0: never; at most 30). */
    MFA_REMEMBER_DAYS("0");

    private final String defaultValue;

    SettingKey(String defaultValue) {
        this.defaultValue = defaultValue;
    }

    public String defaultValue() {
        return defaultValue;
    }
}
