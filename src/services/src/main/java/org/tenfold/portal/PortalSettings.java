package org.tenfold.portal;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tenfold.clinic.SettingKey;
import org.tenfold.platform.InvalidInputException;

/**
 * The portal's settings: its neutral name (page titles and the sender of its emails, never the clinic's), the
 * idle minutes after which a session ends, the notice in hours inside which a cancellation goes to front desk,
 * the public address for emailed links, where "leave quickly" goes, and whether a released report is announced.
 */
public record PortalSettings(String name, int idleMinutes, int cancelNoticeHours, String address, String leaveAddress,
        boolean notifyOnRelease) {

    public static final int MIN_IDLE = 2;
    public static final int MAX_IDLE = 60;
    public static final int MAX_NOTICE_HOURS = 168;
    /** Words that would tell a reader over the client's shoulder what the portal is. */
    static final String[] GIVEAWAYS = {"counsel", "therap", "clinic", "addict", "recover", "sex", "porn", "betray",
        "psych", "mental", "health", "treat", "session", "couple", "trust"};

    public static PortalSettings of(Map<SettingKey, String> values) {
        return new PortalSettings(value(values, SettingKey.PORTAL_NAME).strip(),
                number(values, SettingKey.PORTAL_IDLE_MINUTES, MIN_IDLE, MAX_IDLE),
                number(values, SettingKey.PORTAL_CANCEL_NOTICE_HOURS, 0, MAX_NOTICE_HOURS),
                value(values, SettingKey.PORTAL_ADDRESS).strip(), value(values, SettingKey.PORTAL_LEAVE_ADDRESS).strip(),
                Boolean.parseBoolean(value(values, SettingKey.PORTAL_NOTIFY_ON_RELEASE)));
    }

    /** The same settings, checked; a message per field otherwise. */
    public PortalSettings validated() {
        Map<String, String> errors = new LinkedHashMap<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 40 || n.contains("\n")) {
            errors.put("name", "The portal's name is required, one line of at most 40 characters.");
        } else if (giveaway(n)) {
            errors.put("name", "Choose a neutral name: it is the title of every page and the sender of every email,"
                    + " read on a shared phone.");
        }
        if (idleMinutes < MIN_IDLE || idleMinutes > MAX_IDLE) {
            errors.put("idleMinutes", "A session ends after " + MIN_IDLE + " to " + MAX_IDLE + " idle minutes.");
        }
        if (cancelNoticeHours < 0 || cancelNoticeHours > MAX_NOTICE_HOURS) {
            errors.put("cancelNoticeHours", "The notice is 0 to " + MAX_NOTICE_HOURS + " hours.");
        }
        String a = address == null ? "" : address.strip();
        if (!a.isEmpty() && !httpsUrl(a)) {
            errors.put("address", "The portal's address is an https:// address, or empty.");
        }
        String leave = leaveAddress == null ? "" : leaveAddress.strip();
        if (!httpsUrl(leave)) {
            errors.put("leaveAddress", "\"Leave quickly\" needs an https:// address of an ordinary site.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PortalSettings(n, idleMinutes, cancelNoticeHours, a, leave, notifyOnRelease);
    }

    public Map<SettingKey, String> values() {
        Map<SettingKey, String> v = new EnumMap<>(SettingKey.class);
        v.put(SettingKey.PORTAL_NAME, name);
        v.put(SettingKey.PORTAL_IDLE_MINUTES, Integer.toString(idleMinutes));
        v.put(SettingKey.PORTAL_CANCEL_NOTICE_HOURS, Integer.toString(cancelNoticeHours));
        v.put(SettingKey.PORTAL_ADDRESS, address);
        v.put(SettingKey.PORTAL_LEAVE_ADDRESS, leaveAddress);
        v.put(SettingKey.PORTAL_NOTIFY_ON_RELEASE, Boolean.toString(notifyOnRelease));
        return v;
    }

    static boolean giveaway(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String word : GIVEAWAYS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean httpsUrl(String text) {
        try {
            URI uri = URI.create(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && text.length() <= 500;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String value(Map<SettingKey, String> values, SettingKey key) {
        String v = values.get(key);
        return v == null ? key.defaultValue() : v;
    }

    private static int number(Map<SettingKey, String> values, SettingKey key, int min, int max) {
        try {
            int n = Integer.parseInt(value(values, key).strip());
            return n < min || n > max ? Integer.parseInt(key.defaultValue()) : n;
        } catch (NumberFormatException e) {
            return Integer.parseInt(key.defaultValue());
        }
    }
}
