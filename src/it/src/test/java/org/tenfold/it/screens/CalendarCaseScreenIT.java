package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * Booking for a case on the calendar: picking one partner offers the couple's open case, named by
 * kind, members and counsellor only; choosing it brings the other partner, and the appointment
 * shows both and its case.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarCaseScreenIT extends CalendarScreenTest {

    private static final String INTAKE_WORDS = "Words of the intake that front desk never reads";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void pickingAPartnerOffersTheCoupleCaseAndBookingItBringsBoth() {
        String last = capitalised(uniqueLetters());
        long robin = newClient(frontDesk, "Robin", last);
        long sasha = newClient(frontDesk, "Sasha", last);
        long caseId = coupleCase(robin, sasha);
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

    /**
     * A couple's case opened as the clinic opens one: an intake appointment each, the intakes
     * submitted by the demo counsellor, the case opened by them.
     */
    private static long coupleCase(long inRecovery, long partner) {
        Api admin = Api.as("admin");
        Api counsellor = Api.as("counsellor");
        long counsellorId = DemoClinic.id(staff.get("counsellor"));
        for (long client : new long[] {inRecovery, partner}) {
            LocalDate day = TestDays.fresh(DayOfWeek.SATURDAY);
            Api.Reply intake = admin.post("api/appointments", Json.createObjectBuilder()
                    .add("counsellorId", counsellorId).add("clientIds", Json.createArrayBuilder().add(client))
                    .add("type", "INTAKE").add("start", day.atTime(8 + ThreadLocalRandom.current().nextInt(9), 0)
                            .toInstant(ZoneOffset.UTC).toString())
                    .add("videoLink", "https://video.example.org/intake")
                    .add("overrideReason", "screen test intake on a Saturday").build().toString());
            assertEquals(201, intake.status(), intake.toString());
            Api.Reply current = counsellor.get("api/clients/" + client + "/intake");
            assertEquals(200, current.status(), current.toString());
            Api.Reply saved = counsellor.put("api/clients/" + client + "/intake", Json.createObjectBuilder()
                    .add("presentingConcerns", INTAKE_WORDS).add("behaviourWhat", "Late-night browsing")
                    .add("behaviourSince", "Five years").add("behaviourFrequency", "Most evenings")
                    .add("behaviourMostRecent", "Last week").add("relationshipStatus", "MARRIED")
                    .add("partnerInCare", "WILL_BE").add("selfHarmThoughts", false).add("protectiveFactors", "Friends")
                    .add("violenceAtHome", false).add("safeAtHome", true).add("riskToOthers", false).build().toString(),
                    current.etag());
            assertEquals(200, saved.status(), saved.toString());
            Api.Reply submitted = counsellor.post("api/clients/" + client + "/intake/submit", "", saved.etag());
            assertEquals(200, submitted.status(), submitted.toString());
        }
        Api.Reply opened = counsellor.post("api/cases", Json.createObjectBuilder().add("kind", "COUPLE")
                .add("primaryCounsellorId", counsellorId).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", inRecovery).add("role", "IN_RECOVERY"))
                        .add(Json.createObjectBuilder().add("clientId", partner).add("role", "PARTNER")))
                .build().toString());
        assertEquals(201, opened.status(), opened.toString());
        return opened.json().getJsonNumber("id").longValue();
    }
}
