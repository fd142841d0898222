package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * A couple's case's appointments on the chart's Appointments tab: the counsellor sees their sessions
 * with status, who attends and whether a held session has a note; front desk sees the same
 * appointments without the note column and books for the case from there, the calendar's booking
 * dialog starting with the case and both partners.
 */
@ExtendWith(ArquillianExtension.class)
class CaseAppointmentsScreenIT extends CalendarScreenTest {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void theChartListsEachCasesAppointmentsAndBooksForTheCase() {
        Person counsellor = PlanData.newStaff("csa", "COUNSELLOR");
        Case couple = PlanData.coupleCase(counsellor);
        long recovering = couple.inRecovery();
        long partner = couple.partner();
        LocalDate monday = TestDays.freshWeek();
        Instant jointAt = monday.plusDays(1).atTime(10, 0).toInstant(ZoneOffset.UTC);
        long joint = book(counsellor.id(), couple.id(), "COUPLE", jointAt, recovering, partner);
        assertEquals(200, frontDesk.post("api/appointments/" + joint + "/check-in", "").status());
        assertEquals(200, frontDesk.post("api/appointments/" + joint + "/complete", "").status());
        long cancelled = book(counsellor.id(), couple.id(), "COUPLE", monday.plusDays(2).atTime(11, 0)
                .toInstant(ZoneOffset.UTC), recovering, partner);
        assertEquals(200, frontDesk.post("api/appointments/" + cancelled + "/cancel", "{\"reason\":\"Ill\"}").status());
        book(counsellor.id(), couple.id(), "INDIVIDUAL", monday.plusDays(3).atTime(12, 0).toInstant(ZoneOffset.UTC),
                recovering);
        String recoveringChart = (String) TestServer.queryOne("SELECT chart_number FROM client WHERE id = ?", recovering);
        String partnerChart = (String) TestServer.queryOne("SELECT chart_number FROM client WHERE id = ?", partner);
        By section = By.cssSelector(".tf-case-appointments[data-case='" + couple.id() + "']");

        // the counsellor: newest first, who attends, the held session without a note yet
        Browser b = browser("counsellor");
        b.get("index.xhtml").signIn(counsellor.username(), PlanData.PASSWORD, true);
        b.get("clients/view.xhtml?id=" + recovering);
        openTab(b, "Appointments");
        b.waitForText(section, "Held");
        List<String> rows = rows(b, section);
        String caseText = b.text(By.id("chart:caseAppointments"));
        b.screenshot("case-appointments-counsellor");
        assertEquals(3, rows.size(), rows.toString());
        assertAll("the case's appointments on the chart: " + rows,
                () -> assertTrue(caseText.contains("all upcoming and the last 12 months, newest first"), caseText),
                () -> assertTrue(caseText.contains("Only your own appointments"), caseText),
                () -> assertTrue(rows.get(0).contains("Individual") && rows.get(0).contains("Booked")
                        && rows.get(0).contains("(in recovery)"), rows.get(0)),
                () -> assertTrue(rows.get(1).contains("Cancelled") && rows.get(1).contains("Both partners"), rows.get(1)),
                () -> assertTrue(rows.get(2).contains(SHOWN.format(jointAt.atZone(CLINIC))), "clinic time: " + rows.get(2)),
                () -> assertTrue(rows.get(2).contains("Held") && rows.get(2).contains("No note yet"), rows.get(2)),
                () -> assertTrue(rows.get(2).contains("csa Test"), rows.get(2)));
        assertFalse(b.isPresent(By.cssSelector(".tf-book-for-case")), "counsellors do not book");

        // front desk: the same appointments, no note column, and booking for the case
        Browser desk = browser("frontdesk");
        desk.get("index.xhtml").signIn("frontdesk");
        desk.get("clients/view.xhtml?id=" + partner);
        openTab(desk, "Appointments");
        desk.waitForText(section, "Held");
        List<String> deskRows = rows(desk, section);
        assertEquals(3, deskRows.size(), deskRows.toString());
        assertTrue(deskRows.get(1).contains("Cancelled"), deskRows.toString());
        assertFalse(desk.text(section).contains("No note yet"), "no note state for front desk");
        assertFalse(desk.text(section).contains("Note"), "no note column for front desk");
        desk.screenshot("case-appointments-front-desk");
        desk.find(By.cssSelector(".tf-case-appointments[data-case='" + couple.id() + "'] .tf-book-for-case")).click();
        desk.waitForUrl("schedule/calendar.xhtml?case=" + couple.id());
        String label = desk.waitForText(By.id("cal:bookCase"), "Couple case");
        assertTrue(label.contains("counsellor csa Test"), label);

        LocalDate friday = monday.plusDays(4);
        desk.get("schedule/calendar.xhtml?case=" + couple.id() + "&date=" + friday);
        desk.waitFor(By.cssSelector("td.fc-timegrid-col[data-date='" + friday + "']"));
        clickSlot(desk, friday, "10:00:00");
        desk.waitFor(By.id("book:save"));
        String clients = desk.waitForText(By.id("book:clients"), recoveringChart);
        assertTrue(clients.contains(partnerChart), clients);
        assertTrue(desk.text(By.id("book:case_label")).startsWith("Couple case"), desk.text(By.id("book:case_label")));
        assertEquals("Couple (80 min)", desk.text(By.id("book:type_label")));
        desk.screenshot("book-for-case");
    }

    private static List<String> rows(Browser b, By section) {
        return b.waitUntil(d -> {
            List<String> r = d.findElement(section).findElements(By.cssSelector("tbody tr")).stream()
                    .map(WebElement::getText).toList();
            return r.isEmpty() ? null : r;
        });
    }

    private static void openTab(Browser b, String title) {
        b.find(By.xpath("//div[@id='chart']//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }

    private static long book(long counsellorId, long caseId, String type, Instant start, long... clients) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long c : clients) {
            ids.add(c);
        }
        Api.Reply r = Api.as("admin").post("api/appointments", Json.createObjectBuilder().add("counsellorId", counsellorId)
                .add("clientIds", ids).add("type", type).add("caseId", caseId).add("start", start.toString())
                .add("videoLink", "https://video.example.org/s").add("overrideReason", "screen test outside set hours")
                .build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }
}
