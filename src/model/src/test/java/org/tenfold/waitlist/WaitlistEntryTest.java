package org.tenfold.waitlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tenfold.client.Client;
import org.tenfold.client.ClientDetails;
import org.tenfold.scheduling.AppointmentType;

class WaitlistEntryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** A Tuesday in British Summer Time, so clinic time and UTC differ by an hour. */
    private static final LocalDate TUESDAY = LocalDate.of(2027, 6, 15);

    @Test
    void fitsOnAPreferredDayInsideThePreferredTimes() {
        WaitlistEntry e = entry(AppointmentType.INDIVIDUAL, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                LocalTime.of(9, 0), LocalTime.of(12, 0));
        assertTrue(e.fits(1, at(10, 0), at(10, 50), LONDON), "a 50-minute slot at 10:00 on a Tuesday");
        assertTrue(e.fits(1, at(9, 0), at(9, 50), LONDON), "starting at the earliest time");
        assertTrue(e.fits(1, at(11, 10), at(12, 0), LONDON), "ending at the latest time");
        assertFalse(e.fits(1, at(8, 50), at(9, 40), LONDON), "before the earliest time");
        assertFalse(e.fits(1, at(11, 15), at(12, 5), LONDON), "ending after the latest time");
        assertFalse(e.fits(1, at(10, 0).plusSeconds(86_400), at(10, 50).plusSeconds(86_400), LONDON),
                "Wednesday is not a preferred day");
    }

    @Test
    void theTypesLengthMustFitInTheFreedSlot() {
        WaitlistEntry couple = entry(AppointmentType.COUPLE, Set.of(), null, null);
        assertFalse(couple.fits(1, at(10, 0), at(10, 50), LONDON), "80 minutes do not fit in 50");
        assertTrue(couple.fits(1, at(10, 0), at(11, 30), LONDON));
        assertEquals(80, couple.length().toMinutes());
    }

    @Test
    void noPreferencesFitAnyDayButNotAcrossMidnight() {
        WaitlistEntry e = entry(AppointmentType.INDIVIDUAL, Set.of(), null, null);
        assertTrue(e.fits(7, at(19, 0), at(19, 50), LONDON));
        assertTrue(e.fits(7, at(23, 10), at(23, 59).plusSeconds(60), LONDON), "ends at midnight");
        assertFalse(e.fits(7, at(23, 30), at(23, 30).plusSeconds(3600), LONDON), "runs into the next day");
    }

    @Test
    void onlyAWaitingEntryFitsAndIsBookedOrRemovedOnce() {
        WaitlistEntry e = entry(AppointmentType.INDIVIDUAL, Set.of(), null, null);
        e.markBooked(42, "frontdesk", Instant.now());
        assertEquals(WaitlistStatus.BOOKED, e.getStatus());
        assertEquals(42L, e.getAppointmentId());
        assertFalse(e.fits(1, at(10, 0), at(11, 0), LONDON));
        assertThrows(IllegalStateException.class, () -> e.markBooked(43, "frontdesk", Instant.now()));
        assertThrows(IllegalStateException.class, () -> e.remove("moved away", "frontdesk", Instant.now()));

        WaitlistEntry other = entry(AppointmentType.INDIVIDUAL, Set.of(), null, null);
        assertThrows(IllegalArgumentException.class, () -> other.remove(" ", "frontdesk", Instant.now()));
        other.remove(" Found a place elsewhere ", "frontdesk", Instant.now());
        assertEquals("Found a place elsewhere", other.getRemovedReason());
        assertEquals(WaitlistStatus.REMOVED, other.getStatus());
    }

    @Test
    void oneClientOrACoupleWithASensibleWindow() {
        assertThrows(IllegalArgumentException.class, () -> new WaitlistEntry(Set.of(), null, AppointmentType.INTAKE,
                Set.of(), null, null, null, "frontdesk", Instant.now()));
        assertThrows(IllegalArgumentException.class, () -> entry(AppointmentType.INTAKE, Set.of(),
                LocalTime.of(12, 0), LocalTime.of(9, 0)));
        WaitlistEntry e = entry(AppointmentType.INTAKE, EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), null, null);
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), e.getPreferredDays());
    }

    @Test
    void aWaitingEntryChangesWhatSuitsItAndKeepsItsPlace() {
        WaitlistEntry e = entry(AppointmentType.INTAKE, Set.of(), null, null);
        Instant added = e.getAddedAt();
        e.change(null, AppointmentType.INDIVIDUAL, EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), "Evenings no longer suit");
        assertEquals(AppointmentType.INDIVIDUAL, e.getType());
        assertEquals(EnumSet.of(DayOfWeek.TUESDAY), e.getPreferredDays());
        assertEquals(LocalTime.of(9, 0), e.getEarliest());
        assertEquals(LocalTime.of(12, 0), e.getLatest());
        assertEquals("Evenings no longer suit", e.getFrontDeskNote());
        assertEquals(added, e.getAddedAt(), "the place in the queue stays");
        assertEquals(1, e.getClients().size(), "the same client waits");
        assertTrue(e.fits(1, at(10, 0), at(10, 50), LONDON));

        assertThrows(IllegalArgumentException.class, () -> e.change(null, AppointmentType.INDIVIDUAL, Set.of(),
                LocalTime.of(12, 0), LocalTime.of(9, 0), null));
        assertEquals(LocalTime.of(9, 0), e.getEarliest(), "a refused change leaves the entry as it was");

        e.remove("Found a place elsewhere", "frontdesk", Instant.now());
        assertThrows(IllegalStateException.class, () -> e.change(null, AppointmentType.COUPLE, Set.of(), null, null,
                null), "an entry off the list no longer changes");
        assertEquals(AppointmentType.INDIVIDUAL, e.getType());
    }

    private static Instant at(int hour, int minute) {
        return TUESDAY.atTime(hour, minute).atZone(LONDON).toInstant();
    }

    private static WaitlistEntry entry(AppointmentType type, Set<DayOfWeek> days, LocalTime earliest, LocalTime latest) {
        ClientDetails d = new ClientDetails();
        d.setLegalFirstName("Robin");
        d.setLegalLastName("Waiting");
        return new WaitlistEntry(Set.of(new Client(d, Instant.now())), null, type, days, earliest, latest, null,
                "frontdesk", Instant.now());
    }
}
