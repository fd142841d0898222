package org.tenfold.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tenfold.clinic.SettingKey;
import org.tenfold.platform.InvalidInputException;

class ReminderLettersTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** 13:00 UTC on a summer Tuesday: 14:00 in London (BST). */
    private static final Instant SUMMER = Instant.parse("2031-07-15T13:00:00Z");
    private static final Occasion IN_ROOM = new Occasion(SUMMER, LONDON, "Room 2", null, "Casey");

    @Test
    void aReminderSaysWhenWhereAndWithWhomInTheClinicZone() {
        Letter letter = ReminderLetters.write(ReminderKind.REMINDER, "Jordan", "Smith", IN_ROOM, false);
        assertEquals("Appointment reminder", letter.subject());
        assertTrue(letter.body().startsWith("Dear Jordan,\n"), letter.body());
        assertTrue(letter.body().contains("Tuesday 15 July 2031, 14:00 BST"), letter.body());
        assertTrue(letter.body().contains("Where:  Room 2"), letter.body());
        assertTrue(letter.body().contains("With:   Casey"), letter.body());
    }

    @Test
    void winterTimesAreShownInGreenwichTime() {
        Occasion winter = new Occasion(Instant.parse("2031-01-14T13:00:00Z"), LONDON, "Room 2", null, "Casey");
        String body = ReminderLetters.write(ReminderKind.REMINDER, "Jordan", "Smith", winter, false).body();
        assertTrue(body.contains("Tuesday 14 January 2031, 13:00 GMT"), body);
        Occasion berlin = new Occasion(SUMMER, ZoneId.of("Europe/Berlin"), "Room 2", null, "Casey");
        String there = ReminderLetters.write(ReminderKind.REMINDER, "Jordan", "Smith", berlin, false).body();
        assertTrue(there.contains("15:00"), there);
    }

    @Test
    void initialsOnlyGreetsWithoutTheName() {
        Letter letter = ReminderLetters.write(ReminderKind.REMINDER, "Jordan", "Smith", IN_ROOM, true);
        assertTrue(letter.body().startsWith("Dear J. S.,\n"), letter.body());
        assertFalse(letter.body().contains("Jordan"), letter.body());
        assertFalse(letter.body().contains("Smith"), letter.body());
        assertEquals("Z. Đ.", ReminderLetters.initials(" zoë", "đặng-Nguyễn"));
    }

    @Test
    void noMessageEverCarriesAWordThatSaysWhatTheAppointmentIsFor() {
        Occasion video = new Occasion(SUMMER, LONDON, null, "https://meet.example.org/r/83jd", "Casey");
        for (ReminderKind kind : ReminderKind.values()) {
            for (Occasion o : new Occasion[] {IN_ROOM, video}) {
                for (boolean initials : new boolean[] {true, false}) {
                    Letter letter = ReminderLetters.write(kind, "Alex", "Demoulin", o, initials);
                    String all = (letter.subject() + "\n" + letter.body()).toLowerCase(Locale.ROOT);
                    for (String word : ReminderLetters.SENSITIVE) {
                        assertFalse(all.contains(word), kind + " contains '" + word + "':\n" + all);
                    }
                }
            }
        }
    }

    @Test
    void aRoomWhoseNameGivesItAwayIsNotNamed() {
        Occasion telling = new Occasion(SUMMER, LONDON, "Couples Therapy Suite", null, "Casey");
        String body = ReminderLetters.write(ReminderKind.REMINDER, "Alex", "Demoulin", telling, false).body();
        assertFalse(body.toLowerCase(Locale.ROOT).contains("couple"), body);
        assertTrue(body.contains("Where:  at our usual address"), body);
    }

    @Test
    void movedAndCancelledNoticesSayWhatChanged() {
        Letter moved = ReminderLetters.write(ReminderKind.MOVED, "Alex", "Demoulin", IN_ROOM, false);
        assertEquals("Your appointment has changed", moved.subject());
        assertTrue(moved.body().contains("new time") && moved.body().contains("14:00 BST"), moved.body());
        Letter cancelled = ReminderLetters.write(ReminderKind.CANCELLED, "Alex", "Demoulin", IN_ROOM, false);
        assertEquals("Your appointment is cancelled", cancelled.subject());
        assertTrue(cancelled.body().contains("Tuesday 15 July 2031, 14:00 BST will not take place"), cancelled.body());
    }

    @Test
    void settingsFallBackToDefaultsAndRefuseNonsense() {
        Map<SettingKey, String> stored = new EnumMap<>(SettingKey.class);
        stored.put(SettingKey.REMINDER_LEAD_HOURS, "soon");
        ReminderSettings s = ReminderSettings.of(stored);
        assertEquals(new ReminderSettings(true, 24, false, "Appointments"), s);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ReminderSettings(true, 0, false, "A\nB").validated());
        assertTrue(e.fieldErrors().containsKey("leadHours") && e.fieldErrors().containsKey("senderName"),
                e.fieldErrors().toString());
        assertEquals("Front office", new ReminderSettings(true, 48, true, "  Front office ").validated().senderName());
    }
}
