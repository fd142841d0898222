package org.tenfold.care;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tenfold.scheduling.AppointmentStatus;

/** How the chart words a case's appointment: who attends and the state of a held session's note. */
class ChartCaseAppointmentsTest {

    private static CaseAppointments.Item item(String attendance, CaseAppointments.Attendee... attendees) {
        Instant at = Instant.parse("2030-01-08T10:00:00Z");
        return new CaseAppointments.Item(1, at, at.plusSeconds(3000), LocalDateTime.of(2030, 1, 8, 10, 0),
                "Europe/London", "COUPLE", 2, "Casey", AppointmentStatus.COMPLETED, "Held", attendance,
                List.of(attendees), "SIGNED");
    }

    @Test
    void attendanceNamesBothPartnersOrTheOneWithTheirRole() {
        var alex = new CaseAppointments.Attendee(10, "Alex Doe", "C-000010", CaseRole.IN_RECOVERY);
        var jordan = new CaseAppointments.Attendee(11, "Jordan Doe", "C-000011", CaseRole.PARTNER);
        assertEquals("Both partners", ChartBacking.attends(CaseKind.COUPLE, item("BOTH", alex, jordan)));
        assertEquals("Alex Doe (in recovery)", ChartBacking.attends(CaseKind.COUPLE, item("IN_RECOVERY", alex)));
        assertEquals("Jordan Doe (partner)", ChartBacking.attends(CaseKind.COUPLE, item("PARTNER", jordan)));
        var sam = new CaseAppointments.Attendee(12, "Sam Roe", "C-000012", CaseRole.INDIVIDUAL);
        assertEquals("Sam Roe", ChartBacking.attends(CaseKind.INDIVIDUAL, item("INDIVIDUAL", sam)));
    }

    @Test
    void theNoteIsOnlyItsState() {
        assertEquals("No note yet", ChartBacking.noteLabel("NONE"));
        assertEquals("Note in draft", ChartBacking.noteLabel("DRAFT"));
        assertEquals("Signed, awaiting co-signature", ChartBacking.noteLabel("SIGNED_PENDING_COSIGN"));
        assertEquals("Signed", ChartBacking.noteLabel("SIGNED"));
        assertEquals("", ChartBacking.noteLabel(null), "front desk: nothing");
    }
}
