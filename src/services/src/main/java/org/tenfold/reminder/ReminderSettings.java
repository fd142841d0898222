package org.tenfold.reminder;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tenfold.clinic.SettingKey;
import org.tenfold.platform.InvalidInputException;

/**
 * The clinic's reminder settings: on or off, how long before the appointment, whether the greeting
 * shows initials only, and the sender's display name (neutral by default).
 */
public record ReminderSettings(boolean enabled, int leadHours, boolean initialsOnly, String senderName) {

    public static final int MAX_LEAD_HOURS = 168;
    public static final int MAX_SENDER_NAME = 100;

    /** Read from stored setting values; anything unreadable falls back to its default. */
    public static ReminderSettings of(Map<SettingKey, String> values) {
        return new ReminderSettings(
                Boolean.parseBoolean(value(values, SettingKey.REMINDERS_ENABLED)),
                leadHoursOf(value(values, SettingKey.REMINDER_LEAD_HOURS)),
                Boolean.parseBoolean(value(values, SettingKey.REMINDER_INITIALS_ONLY)),
                value(values, SettingKey.REMINDER_SENDER_NAME).strip());
    }

    public Duration lead() {
        return Duration.ofHours(leadHours);
    }

    /** Refuses a lead time outside 1 hour to a week and a sender name that is empty, long or multi-line. */
    public ReminderSettings validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (leadHours < 1 || leadHours > MAX_LEAD_HOURS) {
            errors.put("leadHours", "Send reminders between 1 and " + MAX_LEAD_HOURS + " hours before.");
        }
        String name = senderName == null ? "" : senderName.strip();
        if (name.isEmpty() || name.length() > MAX_SENDER_NAME || name.chars().anyMatch(Character::isISOControl)) {
            errors.put("senderName", "The sender's name is required, one line of at most " + MAX_SENDER_NAME
                    + " characters.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReminderSettings(enabled, leadHours, initialsOnly, name);
    }

    /** The values to store, by key. */
    public Map<SettingKey, String> values() {
        Map<SettingKey, String> v = new LinkedHashMap<>();
        v.put(SettingKey.REMINDERS_ENABLED, Boolean.toString(enabled));
        v.put(SettingKey.REMINDER_LEAD_HOURS, Integer.toString(leadHours));
        v.put(SettingKey.REMINDER_INITIALS_ONLY, Boolean.toString(initialsOnly));
        v.put(SettingKey.REMINDER_SENDER_NAME, senderName);
        return v;
    }

    private static String value(Map<SettingKey, String> values, SettingKey key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? key.defaultValue() : v;
    }

    private static int leadHoursOf(String value) {
        try {
            int hours = Integer.parseInt(value.strip());
            return hours < 1 || hours > MAX_LEAD_HOURS ? Integer.parseInt(SettingKey.REMINDER_LEAD_HOURS.defaultValue())
                    : hours;
        } catch (NumberFormatException e) {
            return Integer.parseInt(SettingKey.REMINDER_LEAD_HOURS.defaultValue());
        }
    }
}
