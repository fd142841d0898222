package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * Booking for a case on the calendar: picking one partner offers the couple's open case, named by
 * kind, members and counsellor only; choosing it brings the other partner, and the appointment
 * shows both and its case.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarCaseScreenIT extends CalendarScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void pickingAPartnerOffersTheCoupleCaseAndBookingItBringsBoth() {
        String last = capitalised(uniqueLetters());
        long robin = newClient(frontDesk, "Robin", last);
        long sasha = newClient(frontDesk, "Sasha", last);
        long caseId = openCase("counsellor", robin, sasha);
        String counsellor = staff.get("counsellor").getString("displayName");
        String label = "Couple case — Robin & Sasha " + last + " — counsellor " + counsellor;
        LocalDate thursday = TestDays.fresh(DayOfWeek.THURSDAY);

        Browser b = browser("frontdesk");
        b.signIn("frontdesk");
        b.get("schedule/calendar.xhtml?date=" + thursday);
        b.waitFor(By.cssSelector("td.fc-timegrid-col[data-date='" + thursday + "']"));
        clickSlot(b, thursday, "10:00:00");
        b.waitFor(By.id("book:save"));
        assertEquals("No case (intake or first contact)", b.text(By.id("book:case_label")));
        assertTrue(b.text(By.id("book:caseField")).contains("Pick a client to see their open cases"),
                "no cases are read before a client is picked");
        choose(b, "book:counsellor", counsellor);
        pickClient(b, "Robin " + last);
        List<String> offered = b.waitUntil(d -> {
            // the menu builds its list when opened: read what it offers from its options
            List<String> labels = d.findElements(By.cssSelector("[id='book:case_input'] option")).stream()
                    .map(o -> o.getDomProperty("textContent")).toList();
            return labels.size() > 1 ? labels : null;
        });
        assertEquals(List.of("No case (intake or first contact)", label), offered, "the picked client's open case");
        choose(b, "book:case", label);
        b.waitForText(By.id("book:clients"), "Sasha " + last);
        assertEquals("Couple (80 min)", b.text(By.id("book:type_label")), "a couple's case books a couple session");
        assertFalse(b.bodyText().contains(INTAKE_WORDS), "nothing clinical in the dialog");
        choose(b, "book:room", "Harbour Room");
        b.screenshot("case-chosen");
        b.find(By.id("book:save")).click();
        b.waitForText(CAL_MESSAGES, "Booked");

        long appointment = appointmentOf(sasha);
        assertEquals(appointment, appointmentOf(robin), "both partners are in the one appointment");
        assertEquals(caseId, count("SELECT case_id FROM appointment WHERE id = ?", appointment));
        eventOf(b, "Robin " + last).click();
        b.waitForText(By.id("apptClients"), "Sasha " + last);
        assertTrue(b.text(By.id("apptClients")).contains("Robin " + last));
        assertEquals(label, b.text(By.id("apptCase")));
        b.screenshot("case-appointment");
    }
}
