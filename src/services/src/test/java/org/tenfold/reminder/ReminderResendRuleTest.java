package org.tenfold.reminder;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentType;
import org.tenfold.scheduling.TimeSlot;
import org.tenfold.staff.Role;
import org.tenfold.staff.Staff;

/** When a reminder that needs attention may be sent again: only about an appointment still ahead and still wanted. */
class ReminderResendRuleTest {

    private static final Instant NOW = Instant.parse("2030-03-04T10:00:00Z");

    @Test
    void aReminderOrMovedNoticeGoesAgainOnlyForABookedAppointmentAhead() {
        Appointment ahead = appointment(NOW.plus(Duration.ofDays(2)));
        assertNull(ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.REMINDER), ahead, NOW));
        assertNull(ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.MOVED), ahead, NOW));

        String begun = ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.REMINDER),
                appointment(NOW.minus(Duration.ofMinutes(5))), NOW);
        assertTrue(begun != null && begun.contains("already begun"), begun);
        String gone = ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.REMINDER), null, NOW);
        assertTrue(gone != null && gone.contains("no longer exists"), gone);

        Appointment cancelled = appointment(NOW.plus(Duration.ofDays(2)));
        cancelled.cancel("Client asked", false, "frontdesk", NOW);
        String refused = ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.MOVED), cancelled, NOW);
        assertTrue(refused != null && refused.contains("cancelled"), refused);

        Appointment checkedIn = appointment(NOW.plus(Duration.ofMinutes(10)));
        checkedIn.checkIn();
        String early = ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.REMINDER), checkedIn, NOW);
        assertTrue(early != null && early.contains("checked in"), early);
    }

    @Test
    void aCancellationNoticeGoesAgainWhileTheCancelledTimeLiesAhead() {
        Appointment cancelled = appointment(NOW.plus(Duration.ofDays(2)));
        cancelled.cancel("Client asked", false, "frontdesk", NOW);
        assertNull(ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.CANCELLED), cancelled, NOW));

        Appointment past = appointment(NOW.minus(Duration.ofDays(1)));
        past.cancel("Client asked", true, "frontdesk", NOW.minus(Duration.ofDays(2)));
        String refused = ReminderAttentionService.reasonNotToResend(reminder(ReminderKind.CANCELLED), past, NOW);
        assertTrue(refused != null && refused.contains("already begun"), refused);
    }

    private static AppointmentReminder reminder(ReminderKind kind) {
        return new AppointmentReminder(1, 2, kind, 1, NOW.minus(Duration.ofHours(1)), NOW.minus(Duration.ofDays(3)));
    }

    private static Appointment appointment(Instant start) {
        ClientDetails d = new ClientDetails();
        d.setLegalFirstName("Robin");
        d.setLegalLastName("Reminded");
        Staff counsellor = new Staff("sky", "Sky Counsellor", null, "hash", EnumSet.of(Role.COUNSELLOR), NOW);
        return new Appointment(counsellor, null, "https://meet.example.org/x", Set.of(new Client(d, NOW)),
                AppointmentType.INDIVIDUAL, TimeSlot.of(start, Duration.ofMinutes(50)), null, null, "frontdesk",
                NOW.minus(Duration.ofDays(7)));
    }
}
