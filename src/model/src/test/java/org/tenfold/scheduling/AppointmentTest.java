package org.tenfold.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;
import org.tenfold.staff.Role;
import org.tenfold.staff.Staff;

/** An appointment's life: booked in a room or by video, moved, checked in, held, cancelled (late or not), a no-show. */
class AppointmentTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");
    private static final TimeSlot TEN = TimeSlot.of(Instant.parse("2027-03-15T10:00:00Z"), Duration.ofMinutes(50));

    private static Staff counsellor() {
        return new Staff("sam", "Sam Reed", null, "hash", EnumSet.of(Role.COUNSELLOR), NOW);
    }

    private static Client client() {
        ClientDetails d = new ClientDetails();
        d.setLegalFirstName("Zoë");
        d.setLegalLastName("Đặng");
        d.setDateOfBirth(LocalDate.of(1990, 4, 2));
        return new Client(d, NOW);
    }

    private static Appointment inRoom() {
        return new Appointment(counsellor(), new Room("Harbour"), null, Set.of(client()), AppointmentType.INDIVIDUAL, TEN,
                null, null, "frontdesk", NOW);
    }

    @Test
    void anAppointmentHasARoomOrAVideoLinkAndAtLeastOneClient() {
        assertThrows(IllegalArgumentException.class, () -> new Appointment(counsellor(), null, " ", Set.of(client()),
                AppointmentType.INDIVIDUAL, TEN, null, null, "frontdesk", NOW));
        assertThrows(IllegalArgumentException.class, () -> new Appointment(counsellor(), new Room("Harbour"), null,
                Set.of(), AppointmentType.INDIVIDUAL, TEN, null, null, "frontdesk", NOW));
        Appointment video = new Appointment(counsellor(), null, "  https://video.example.org/r ", Set.of(client()),
                AppointmentType.INDIVIDUAL, TEN, null, null, "frontdesk", NOW);
        assertEquals("https://video.example.org/r", video.getVideoLink());
        assertNull(inRoom().getVideoLink(), "a room's appointment keeps no link");
        assertEquals(AppointmentStatus.BOOKED, inRoom().getStatus());
    }

    @Test
    void movingToAVideoSessionDropsTheRoomAndTheOtherWayRound() {
        Appointment a = inRoom();
        TimeSlot eleven = TimeSlot.of(TEN.start().plus(Duration.ofHours(1)), Duration.ofMinutes(50));
        a.moveTo(eleven, null, "https://video.example.org/r");
        assertNull(a.getRoom());
        assertEquals(eleven, a.slot());
        a.moveTo(TEN, new Room("Garden"), "ignored");
        assertNull(a.getVideoLink());
        assertThrows(IllegalArgumentException.class, () -> a.moveTo(TEN, null, null));
    }

    @Test
    void aCancelledAppointmentFreesItsSlotOnceAndCannotMove() {
        Appointment a = inRoom();
        a.cancel("Unwell", true, "frontdesk", NOW);
        assertEquals(AppointmentStatus.LATE_CANCEL, a.getStatus());
        assertTrue(!a.getStatus().holdsSlot());
        assertEquals("Unwell", a.getCancelReason());
        assertThrows(IllegalStateException.class, () -> a.cancel("again", false, "frontdesk", NOW));
        assertThrows(IllegalStateException.class, () -> a.moveTo(TEN, new Room("Harbour"), null));
        assertThrows(IllegalStateException.class, a::checkIn);
        assertThrows(IllegalStateException.class, a::complete);
    }

    @Test
    void theDaysStatusesFollowOneAnother() {
        Appointment arrived = inRoom();
        arrived.checkIn();
        assertThrows(IllegalStateException.class, arrived::markNoShow, "who arrived is no no-show");
        arrived.complete();
        assertEquals(AppointmentStatus.COMPLETED, arrived.getStatus());
        assertThrows(IllegalStateException.class, () -> arrived.cancel("late", false, "frontdesk", NOW),
                "a session that took place is not cancelled");
        assertThrows(IllegalStateException.class, () -> arrived.moveTo(TEN, new Room("Harbour"), null));

        Appointment absent = inRoom();
        absent.markNoShow();
        assertEquals(AppointmentStatus.NO_SHOW, absent.getStatus());
        assertThrows(IllegalStateException.class, absent::checkIn);
        assertThrows(IllegalStateException.class, absent::complete);
    }
}
