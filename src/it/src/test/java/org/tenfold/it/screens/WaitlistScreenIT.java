package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * The waitlist as front desk uses it, in headless Chromium: add a client on the page, open the
 * waitlist for a cancelled appointment's slot, book the client into it with one click, find the
 * appointment on the calendar; edit an entry (it keeps its place; a stale edit is refused); take
 * another entry off the list with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class WaitlistScreenIT extends ScreenTest {

    private static final ZoneId CLINIC = ZoneId.of("Europe/London");
    private static final By MESSAGES = By.id("wl:messages");

    private static Api frontDesk;
    private static Map<String, JsonObject> staff;
    private static long roomId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void signIn() {
        frontDesk = Api.as("frontdesk");
        staff = DemoClinic.staff(Api.as("admin"));
        roomId = DemoClinic.roomIds(frontDesk).get(0);
    }

    @Test
    void frontDeskAddsAClientAndBooksThemIntoAFreedSlotInOneClick() {
        String last = capitalised(uniqueLetters());
        long quinn = newClient("Quinn", last, "ENQUIRY");
        JsonObject counsellor = staff.get("counsellor");
        LocalDate tuesday = TestDays.fresh(DayOfWeek.TUESDAY);
        Instant ten = tuesday.atTime(10, 0).atZone(CLINIC).toInstant();
        long freed = book(DemoClinic.id(counsellor), newClient("Other", last, "ACTIVE"), ten);

        Browser b = browser("frontdesk");
        b.signIn("frontdesk");
        assertTrue(b.menuLabels().contains("Waitlist"), "front desk's menu: " + b.menuLabels());
        b.menu("Waitlist");
        b.waitForText(By.id("pageTitle"), "Waitlist");

        // add Quinn: an individual session with the counsellor, Tuesdays, 09:00-12:00
        b.find(By.id("wl:add")).click();
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("add:save")));
        b.type(By.id("add:clients_input"), "Quinn " + last);
        b.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='add:clients_panel']//li"
                + "[contains(@class, 'ui-autocomplete-item')][contains(., 'Quinn " + last + "')]"))).click();
        b.waitForText(By.id("add:clients"), "Quinn " + last);
        choose(b, "add:type", "Individual (50 min)");
        choose(b, "add:counsellor", counsellor.getString("displayName"));
        b.find(By.xpath("//*[@id='add:days']//label[normalize-space()='Tue']")).click();
        b.type(By.id("add:earliest"), "9:00");
        b.type(By.id("add:latest"), "12:00");
        b.type(By.id("add:note"), "Prefers a ground-floor room");
        b.find(By.id("add:save")).click();
        b.waitForText(By.id("add:messages"), "Write times like 09:00");
        b.screenshot("bad-time");
        b.type(By.id("add:earliest"), "09:00");
        b.find(By.id("add:save")).click();
        b.waitForText(MESSAGES, "Added Quinn " + last + " to the waitlist");
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("addDialog")));
        String row = b.text(rowOf("wl:table", "Quinn " + last));
        assertTrue(row.contains("Individual (50 min)") && row.contains("Tue") && row.contains("09:00–12:00")
                && row.contains(counsellor.getString("displayName")) && row.contains("ground-floor"), row);
        assertEquals("WAITLIST", frontDesk.get("api/clients/" + quinn).json().getString("status"),
                "the enquiry is now on the waitlist");
        b.screenshot("added");

        // cancel the 10:00 appointment on the calendar: it offers the freed slot to those waiting
        b.get("schedule/calendar.xhtml?date=" + tuesday);
        b.waitFor(By.xpath("//div[contains(@class, 'tf-schedule')]//a[contains(@class, 'fc-event')]"
                + "[contains(., 'Other " + last + "')]")).click();
        b.waitFor(By.id("appt:cancelAppt"));
        b.type(By.id("appt:reason"), "Client unwell");
        b.find(By.id("appt:cancelAppt")).click();
        String offer = b.waitForText(By.id("cal:offerFreed"), "on the waitlist fit");
        assertTrue(offer.startsWith("One client") || offer.matches("\\d+ clients.*"), offer);
        b.screenshot("offer-freed");
        b.find(By.id("cal:offerFreed")).click();
        b.waitForUrl("freed=" + freed);
        String slot = b.waitForText(By.id("freedSlot"), "10:00–10:50");
        assertTrue(slot.contains(counsellor.getString("displayName")), slot);
        b.screenshot("freed-slot");
        b.find(By.xpath("//tbody[@id='wl:matches_data']/tr[contains(., 'Quinn " + last
                + "')]//button[contains(@id, 'book')]")).click();
        String booked = b.waitForText(By.id("bookedText"), "Booked Quinn " + last);
        assertTrue(booked.contains("10:00–10:50") && booked.contains("Individual"), booked);
        assertFalse(b.isPresent(rowOf("wl:table", "Quinn " + last)), "no longer waiting");
        b.screenshot("booked");

        Api.Reply calendar = frontDesk.get("api/appointments?from=" + ten + "&to=" + ten.plusSeconds(3600)
                + "&clientId=" + quinn);
        JsonObject appointment = calendar.json().getJsonArray("items").getJsonObject(0);
        assertEquals(ten.toString(), appointment.getString("start"));
        assertEquals("BOOKED", appointment.getString("status"));

        b.find(By.id("wl:bookedLink")).click();
        b.waitFor(By.cssSelector("td.fc-timegrid-col[data-date='" + tuesday + "']"));
        b.waitFor(By.xpath("//div[contains(@class, 'tf-schedule')]//a[contains(@class, 'fc-event')]"
                + "[contains(., 'Quinn " + last + "')]"));
        b.screenshot("on-the-calendar");
    }

    @Test
    void frontDeskTakesAnEntryOffTheListWithAReason() {
        String last = capitalised(uniqueLetters());
        long robin = newClient("Robin", last, "ACTIVE");
        Api.Reply added = frontDesk.post("api/waitlist", "{\"clientIds\":[" + robin + "],\"type\":\"INDIVIDUAL\"}");
        assertEquals(201, added.status(), added.toString());

        Browser b = browser("remove");
        b.signIn("frontdesk");
        b.get("schedule/waitlist.xhtml");
        b.find(By.xpath("//tbody[@id='wl:table_data']/tr[contains(., 'Robin " + last
                + "')]//button[contains(@id, 'remove')]")).click();
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("remove:confirm")));
        b.find(By.id("remove:confirm")).click();
        b.waitForText(By.id("remove:messages"), "Give the reason");
        b.type(By.id("remove:reason"), "Found help nearer home");
        b.find(By.id("remove:confirm")).click();
        b.waitForText(MESSAGES, "Taken off the waitlist");
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(rowOf("wl:table", "Robin " + last)));
        Api.Reply again = frontDesk.delete("api/waitlist/" + added.json().getJsonNumber("id") + "?reason=again");
        assertEquals(409, again.status(), "already off the list: " + again);
    }

    @Test
    void frontDeskEditsAnEntryWhichKeepsItsPlaceAndAStaleEditIsRefused() {
        String last = capitalised(uniqueLetters());
        long uma = newClient("Uma", last, "ACTIVE");
        long vic = newClient("Vic", last, "ACTIVE");
        JsonObject counsellor = staff.get("counsellor");
        long umaEntry = addEntry("{\"clientIds\":[" + uma + "],\"type\":\"INTAKE\",\"days\":[\"MONDAY\"],"
                + "\"earliest\":\"09:00\",\"frontDeskNote\":\"Call after 17:00\"}");
        long vicEntry = addEntry("{\"clientIds\":[" + vic + "],\"type\":\"INDIVIDUAL\"}");

        Browser b = browser("edit");
        b.signIn("frontdesk");
        b.get("schedule/waitlist.xhtml");
        b.waitFor(rowOf("wl:table", "Uma " + last));
        b.find(By.xpath("//tbody[@id='wl:table_data']/tr[contains(., 'Uma " + last
                + "')]//button[contains(@id, 'edit')]")).click();
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));
        // the dialog shows the entry as it is
        b.waitForText(By.id("editClients"), "Uma " + last);
        assertEquals("09:00", b.value(By.id("edit:earliest")));
        assertEquals("", b.value(By.id("edit:latest")));
        assertEquals("Call after 17:00", b.value(By.id("edit:note")));
        assertEquals("Intake (90 min)", b.text(By.id("edit:type_label")));
        assertEquals("Anyone", b.text(By.id("edit:counsellor_label")));

        // an individual session with the counsellor, Mondays and Thursdays, ending by 08:30: refused
        choose(b, "edit:type", "Individual (50 min)");
        choose(b, "edit:counsellor", counsellor.getString("displayName"));
        b.find(By.xpath("//*[@id='edit:days']//label[normalize-space()='Thu']")).click();
        b.type(By.id("edit:latest"), "08:30");
        b.type(By.id("edit:note"), "Mornings only now");
        b.find(By.id("edit:save")).click();
        b.waitForText(By.id("edit:messages"), "The latest time must come after the earliest");
        b.screenshot("edit-bad-time");
        assertEquals("INTAKE", TestServer.queryOne("SELECT type FROM waitlist_entry WHERE id = ?", umaEntry),
                "nothing saved");

        b.type(By.id("edit:latest"), "12:00");
        b.find(By.id("edit:save")).click();
        b.waitForText(MESSAGES, "Saved the waitlist entry of Uma " + last);
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
        String row = b.waitForText(rowOf("wl:table", "Uma " + last), "Individual (50 min)");
        assertTrue(row.contains("Mon, Thu") && row.contains("09:00–12:00") && row.contains("Mornings only now")
                && row.contains(counsellor.getString("displayName")), row);
        String table = b.text(By.id("wl:table_data"));
        assertTrue(table.indexOf("Uma " + last) < table.indexOf("Vic " + last),
                "Uma still waits ahead of Vic: " + table);
        b.screenshot("edited");
        JsonObject stored = frontDesk.get("api/waitlist").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(e -> e.getJsonNumber("id").longValue() == umaEntry).findFirst()
                .orElseThrow();
        assertEquals("INDIVIDUAL", stored.getString("type"));
        assertEquals(DemoClinic.id(counsellor), stored.getJsonObject("counsellor").getJsonNumber("id").longValue());

        // Vic's entry is changed by someone else while the dialog is open: the save is refused
        b.find(By.xpath("//tbody[@id='wl:table_data']/tr[contains(., 'Vic " + last
                + "')]//button[contains(@id, 'edit')]")).click();
        b.waitForText(By.id("editClients"), "Vic " + last);
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("edit:save")));
        Api.Reply meanwhile = frontDesk.put("api/waitlist/" + vicEntry, "{\"type\":\"INTAKE\"}", "\""
                + TestServer.queryOne("SELECT version FROM waitlist_entry WHERE id = ?", vicEntry) + "\"");
        assertEquals(200, meanwhile.status(), meanwhile.toString());
        b.type(By.id("edit:note"), "Only Fridays");
        b.find(By.id("edit:save")).click();
        b.waitForText(By.id("edit:messages"), "changed by someone else");
        b.screenshot("edit-stale");
        assertEquals("INTAKE", TestServer.queryOne("SELECT type FROM waitlist_entry WHERE id = ?", vicEntry));
        assertEquals(null, TestServer.queryOne("SELECT front_desk_note FROM waitlist_entry WHERE id = ?", vicEntry),
                "the stale edit wrote nothing");
        b.waitForText(rowOf("wl:table", "Vic " + last), "Intake (90 min)");
    }

    @Test
    void aCounsellorSeesTheEntriesWaitingForThemWithoutActions() {
        String last = capitalised(uniqueLetters());
        long mine = newClient("Sky", last, "ACTIVE");
        long theirs = newClient("Lee", last, "ACTIVE");
        long counsellorId = DemoClinic.id(staff.get("counsellor"));
        long counsellor2Id = DemoClinic.id(staff.get("counsellor2"));
        assertEquals(201, frontDesk.post("api/waitlist", "{\"clientIds\":[" + mine + "],\"type\":\"INDIVIDUAL\","
                + "\"counsellorId\":" + counsellorId + "}").status());
        assertEquals(201, frontDesk.post("api/waitlist", "{\"clientIds\":[" + theirs + "],\"type\":\"INDIVIDUAL\","
                + "\"counsellorId\":" + counsellor2Id + "}").status());

        Browser b = browser("counsellor");
        b.signIn("counsellor");
        b.get("schedule/waitlist.xhtml");
        b.waitFor(rowOf("wl:table", "Sky " + last));
        assertFalse(b.isPresent(rowOf("wl:table", "Lee " + last)), "another counsellor's entry is not shown");
        assertFalse(b.isPresent(By.id("wl:add")), "no add button");
        assertFalse(b.bodyText().contains("Remove"), "no remove buttons");
        assertFalse(b.isPresent(By.xpath("//tbody[@id='wl:table_data']//button[contains(@id, 'edit')]")),
                "no edit buttons");
        b.screenshot("counsellor");
    }

    private static By rowOf(String table, String name) {
        return By.xpath("//tbody[@id='" + table + "_data']/tr[contains(., '" + name + "')]");
    }

    private static long addEntry(String json) {
        Api.Reply added = frontDesk.post("api/waitlist", json);
        assertEquals(201, added.status(), added.toString());
        return added.json().getJsonNumber("id").longValue();
    }

    private static long newClient(String first, String last, String status) {
        Api.Reply r = frontDesk.post("api/clients", "{\"legalFirstName\":\"" + first + "\",\"legalLastName\":\"" + last
                + "\",\"status\":\"" + status + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static long book(long counsellorId, long client, Instant start) {
        Api.Reply booked = frontDesk.post("api/appointments", "{\"counsellorId\":" + counsellorId + ",\"roomId\":"
                + roomId + ",\"clientIds\":[" + client + "],\"type\":\"INDIVIDUAL\",\"start\":\"" + start + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        return booked.json().getJsonNumber("id").longValue();
    }
}
