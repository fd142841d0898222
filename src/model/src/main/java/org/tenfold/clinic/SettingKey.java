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
    /** The client portal's neutral name: its page titles and the sender of its emails; never the clinic's. */
    PORTAL_NAME("My space"),
    /** Minutes without a request after which a portal session ends. */
    PORTAL_IDLE_MINUTES("10"),
    /** Hours before an appointment inside which a client's cancellation goes to front desk instead. */
    PORTAL_CANCEL_NOTICE_HOURS("24"),
    /** The portal's public address for emailed links (https://clinic.example.org/portal/); empty: the one staff used. */
    PORTAL_ADDRESS(""),
    /** Where "leave quickly" takes the browser: an ordinary site. */
    PORTAL_LEAVE_ADDRESS("https://www.bbc.co.uk/weather"),
    /** A released progress report is announced to its clients with a portal account by a discreet email. */
    PORTAL_NOTIFY_ON_RELEASE("true"),
    /** Clinic time of the daily backup, HH:mm. */
    BACKUP_TIME("02:30"),
    /** Days a backup is kept before the daily run deletes it (the newest is always kept). */
    BACKUP_RETENTION_DAYS("14"),
    /** What a client sees after a questionnaire answer that needs follow-up: where to get help now. */
    CRISIS_TEXT("If you are thinking about harming yourself, or you are in danger now, call 999 or go to your"
            + " nearest emergency department. You can talk to Samaritans at any time, free, on 116 123. We will"
            + " be in touch with you soon."),
    /** The sender name of questionnaire links; no clinic or clinical words. */
    MEASURE_SENDER_NAME("Check-in"),
    /** Days a questionnaire's one-time link opens. */
    MEASURE_LINK_DAYS("7"),
    /**
     * The address clients reach Tenfold at (https://clinic.example.org/), for links in emails; empty: the address
     * the counsellor used when assigning.
     */
    CLIENT_LINK_ADDRESS(""),
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
