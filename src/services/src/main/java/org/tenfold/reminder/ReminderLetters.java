package org.tenfold.reminder;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes reminder emails discreetly: an inbox, a lock screen or a shared computer may show them to
 * someone else, so they never say what the clinic is for. No clinic name, no appointment type, no
 * word from {@link #SENSITIVE}; a room whose name would give it away is not named. Greets the
 * attendee by first name, or by initials only when the clinic asks for that.
 */
public final class ReminderLetters {

    /** Words (and word starts) that never appear in a message. */
    public static final List<String> SENSITIVE = List.of("counsel", "therap", "addict", "recover", "sex", "porn",
            "couple", "clinic", "session", "intake", "individual", "group", "treatment", "trust", "partner",
            "psych", "relationship", "marriage", "intimacy", "compuls", "behaviour", "behavior", "mental", "health");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm zzz",
            Locale.UK);
    private static final String SIGN_OFF = "\nThis message was sent automatically; please do not reply to it.\n";

    private ReminderLetters() {
    }

    /**
     * The message of this kind for one attendee. {@code firstName} is the name they go by (preferred,
     * else legal first name); {@code lastName} is used for the initials only.
     */
    public static Letter write(ReminderKind kind, String firstName, String lastName, Occasion occasion,
            boolean initialsOnly) {
        String greeting = "Dear " + (initialsOnly ? initials(firstName, lastName) : firstName.strip()) + ",\n\n";
        String when = WHEN.format(occasion.start().atZone(occasion.zone()));
        return switch (kind) {
            case REMINDER -> new Letter("Appointment reminder", greeting
                    + "This is a reminder of your appointment.\n\n" + details(when, occasion)
                    + "\nIf you cannot come, please let us know as soon as you can.\n" + SIGN_OFF);
            case MOVED -> new Letter("Your appointment has changed", greeting
                    + "Your appointment has moved. This is the new time and place.\n\n" + details(when, occasion)
                    + "\nIf the new time does not suit you, please let us know.\n" + SIGN_OFF);
            case CANCELLED -> new Letter("Your appointment is cancelled", greeting
                    + "Your appointment on " + when + " will not take place.\n\n"
                    + "If you would like a new appointment, please get in touch.\n" + SIGN_OFF);
        };
    }

    /** "J. S." of Jordan Smith; the first letter of each, whatever the alphabet. */
    static String initials(String firstName, String lastName) {
        return initial(firstName) + " " + initial(lastName);
    }

    /** Whether a text contains one of the words a message must never carry, in any case. */
    public static boolean isSensitive(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        return SENSITIVE.stream().anyMatch(lower::contains);
    }

    private static String details(String when, Occasion o) {
        String where;
        if (o.videoLink() != null) {
            where = "online, " + o.videoLink();
        } else if (o.roomName() == null || isSensitive(o.roomName())) {
            where = "at our usual address";
        } else {
            where = o.roomName();
        }
        String with = o.counsellorFirstName() == null || isSensitive(o.counsellorFirstName()) ? ""
                : "With:   " + o.counsellorFirstName() + "\n";
        return "When:   " + when + "\nWhere:  " + where + "\n" + with;
    }

    private static String initial(String name) {
        String s = name == null ? "" : name.strip();
        if (s.isEmpty()) {
            return "";
        }
        return new String(Character.toChars(Character.toUpperCase(s.codePointAt(0)))) + ".";
    }
}
