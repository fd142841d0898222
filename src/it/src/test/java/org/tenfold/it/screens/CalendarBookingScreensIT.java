package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * Booking on the calendar as front desk does it every day, in headless Chromium: by keyboard alone; by
 * mouse in a slot, a client and Book; over a cancelled appointment; with every missing field named at
 * once; with a start that is no time refused and focused; and with the calendar opening as it was left.
 * Each test signs in as a front-desk account of its own, so the view and filters it keeps are its own.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarBookingScreensIT extends CalendarScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void frontDeskBooksByKeyboardAlone() {
        String last = capitalised(uniqueLetters());
        long kit = newClient(frontDesk, "Kit", last);
        long caseId = openCase("counsellor2", kit);
        LocalDate wednesday = TestDays.fresh(DayOfWeek.WEDNESDAY);
        LocalDate monday = wednesday.with(DayOfWeek.MONDAY);

        Browser b = browser("keyboard");
        signInAsNewFrontDesk(b);
        showWeek(b, wednesday);
        // from the top of the page, Tab to "Book…" and press Enter: no mouse from here on
        b.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        tabTo(b, "cal:bookNext");
        keys(b, Keys.ENTER);
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("bookDialog")));
        b.waitUntil(d -> "book:start_input".equals(activeId(b)));
        assertEquals(monday + " 09:00", b.value(By.id("book:start_input")),
                "Book… starts at the first morning of the week shown");
        // a precise time, typed over the one offered
        // Ctrl+A held down while A is pressed (a chord sent as keys would release Ctrl first and type "a")
        new Actions(b.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        keys(b, monday + " 11:00");
        assertEquals(monday + " 11:00", b.script("return document.getElementById('book:start_input').value"),
                "the typed time replaced the one offered");
        tabTo(b, "book:clients_input");
        keys(b, "Kit " + last);
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='book:clients_panel']//li"
                + "[contains(@class, 'ui-autocomplete-item')][contains(., 'Kit " + last + "')]")));
        keys(b, Keys.ENTER);
        b.waitForText(By.id("book:clients"), "Kit " + last);
        String counsellor2 = staff.get("counsellor2").getString("displayName");
        b.waitForText(By.id("book:counsellor_label"), counsellor2);
        assertTrue(b.text(By.id("book:case_label")).startsWith("Individual case"), b.text(By.id("book:case_label")));
        b.screenshot("keyboard-dialog");
        tabTo(b, "book:save");
        keys(b, Keys.ENTER);
        b.waitForText(CAL_MESSAGES, "Booked");
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("bookDialog")));

        long appointment = appointmentOf(kit);
        assertEquals(LocalDateTime.of(monday, LocalTime.of(11, 0)).atZone(CLINIC).toInstant(), startOf(appointment));
        assertEquals(DemoClinic.id(staff.get("counsellor2")),
                count("SELECT counsellor_id FROM appointment WHERE id = ?", appointment), "the case's counsellor");
        assertEquals(caseId, count("SELECT case_id FROM appointment WHERE id = ?", appointment), "the client's open case");
        // the focus comes back to the new appointment, which opens with Enter
        b.waitUntil(d -> String.valueOf(appointment).equals(b.script(
                "return document.activeElement && document.activeElement.getAttribute('data-appointment')")));
        keys(b, Keys.ENTER);
        b.waitForText(By.id("apptClients"), "Kit " + last);
        b.screenshot("keyboard-booked");
        keys(b, Keys.ESCAPE);
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("apptDialog")));
    }

    @Test
    void aSlotAClientAndBookAreEnoughWithTheMouse() {
        String last = capitalised(uniqueLetters());
        long robin = newClient(frontDesk, "Robin", last);
        long caseId = openCase("counsellor2", robin);
        LocalDate tuesday = TestDays.fresh(DayOfWeek.TUESDAY);

        Browser b = browser("three");
        b.driver().manage().window().setSize(new Dimension(1366, 768));
        signInAsNewFrontDesk(b);
        showWeek(b, tuesday);
        assertEquals("Whole clinic", b.text(By.id("cal:counsellor_label")), "a first visit shows the whole clinic");

        int interactions = 0;
        clickSlot(b, tuesday, "10:00:00");
        interactions++;
        b.waitFor(By.id("book:save"));
        pickClient(b, "Robin " + last); // choosing the client is not counted
        b.waitForText(By.id("book:counsellor_label"), staff.get("counsellor2").getString("displayName"));
        assertTrue(b.text(By.id("book:case_label")).startsWith("Individual case — Robin " + last),
                b.text(By.id("book:case_label")));
        // the week is this test's alone, so every active room is free in it: the first by name is offered
        String firstRoom = (String) one("SELECT name FROM room WHERE active = TRUE ORDER BY name LIMIT 1");
        assertEquals(firstRoom, b.text(By.id("book:room_label")), "the first free room, by name");
        assertInView(b, By.id("book:save"));
        b.screenshot("three-dialog");
        b.find(By.id("book:save")).click();
        interactions++;
        b.waitForText(CAL_MESSAGES, "Booked");
        assertTrue(interactions <= 3, "booked in " + interactions + " interactions beyond choosing the client");
        assertEquals(2, interactions, "a slot and Book");

        long appointment = appointmentOf(robin);
        assertEquals(LocalDateTime.of(tuesday, LocalTime.of(10, 0)).atZone(CLINIC).toInstant(), startOf(appointment));
        assertEquals(caseId, count("SELECT case_id FROM appointment WHERE id = ?", appointment));
        assertEquals(DemoClinic.id(staff.get("counsellor2")),
                count("SELECT counsellor_id FROM appointment WHERE id = ?", appointment));
        assertEquals(firstRoom, one("SELECT r.name FROM appointment a JOIN room r ON r.id = a.room_id"
                + " WHERE a.id = ?", appointment));
        eventOf(b, "Robin " + last);
        b.screenshot("three-booked");
    }

    @Test
    void aCancelledAppointmentsSlotBooksWithAClick() {
        String last = capitalised(uniqueLetters());
        long gone = newClient(frontDesk, "Gone", last);
        long next = newClient(frontDesk, "Next", last);
        LocalDate thursday = TestDays.fresh(DayOfWeek.THURSDAY);
        long counsellorId = DemoClinic.id(staff.get("counsellor"));
        Api.Reply booked = frontDesk.post("api/appointments", "{\"counsellorId\":" + counsellorId + ",\"videoLink\":"
                + "\"https://video.example.org/gone\",\"clientIds\":[" + gone + "],\"type\":\"INDIVIDUAL\",\"start\":\""
                + thursday.atTime(10, 0).atZone(CLINIC).toInstant() + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        long cancelled = booked.json().getJsonNumber("id").longValue();
        Api.Reply cancel = frontDesk.post("api/appointments/" + cancelled + "/cancel", "{\"reason\":\"Moved away\"}");
        assertEquals(200, cancel.status(), cancel.toString());

        Browser b = browser("cancelled");
        signInAsNewFrontDesk(b);
        showWeek(b, thursday);
        WebElement shown = eventOf(b, "Gone " + last);
        assertTrue(shown.getDomAttribute("class").contains("tf-appt-cancelled"), shown.getDomAttribute("class"));
        clickSlot(b, thursday, "10:00:00");
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("book:save")));
        assertFalse(b.find(By.id("apptDialog")).isDisplayed(), "the cancelled appointment did not take the click");
        assertEquals(thursday + " 10:00", b.value(By.id("book:start_input")), "the free time under it");
        choose(b, "book:counsellor", staff.get("counsellor").getString("displayName"));
        pickClient(b, "Next " + last);
        b.find(By.id("book:save")).click();
        b.waitForText(CAL_MESSAGES, "Booked");
        long appointment = appointmentOf(next);
        assertEquals(thursday.atTime(10, 0).atZone(CLINIC).toInstant(), startOf(appointment));
        assertEquals(counsellorId, count("SELECT counsellor_id FROM appointment WHERE id = ?", appointment),
                "the same counsellor at the same time: the cancelled appointment does not hold it");
        b.screenshot("cancelled-rebooked");
    }

    @Test
    void everyMissingFieldIsNamedAtOnceBesideItsField() {
        LocalDate friday = TestDays.fresh(DayOfWeek.FRIDAY);
        Browser b = browser("missing");
        b.driver().manage().window().setSize(new Dimension(390, 844));
        signInAsNewFrontDesk(b);
        showWeek(b, friday);
        b.find(By.id("cal:bookNext")).click();
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("book:save")));
        choose(b, "book:room", "None: video session");
        assertInView(b, By.id("book:save"));
        b.find(By.id("book:save")).click();
        // one round trip: each missing field says so beside itself
        b.waitForText(By.id("book:counsellorMessage"), "Choose a counsellor");
        assertTrue(b.text(By.id("book:clientsMessage")).contains("Choose the client"), b.text(By.id("book:clientsMessage")));
        assertTrue(b.text(By.id("book:roomMessage")).contains("Choose a room, or give a video link"),
                b.text(By.id("book:roomMessage")));
        assertEquals("", b.text(By.id("book:startMessage")), "the start was given");
        String focused = activeId(b);
        assertTrue(focused != null && focused.startsWith("book:counsellor"), "the first field to fix has the focus: "
                + focused);
        assertInView(b, By.id("book:save"));
        assertTrue(b.find(By.id("bookDialog")).isDisplayed(), "the dialog stays open");
        b.screenshot("missing-fields");
    }

    @Test
    void aStartThatIsNoTimeTakesTheFocusFromBook() {
        LocalDate wednesday = TestDays.fresh(DayOfWeek.WEDNESDAY);
        Browser b = browser("refused");
        signInAsNewFrontDesk(b);
        showWeek(b, wednesday);
        b.find(By.id("cal:bookNext")).click();
        b.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("book:save")));
        b.waitUntil(d -> "book:start_input".equals(activeId(b)));
        new Actions(b.driver()).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        keys(b, "next Tuesday");
        tabTo(b, "book:save");
        keys(b, Keys.ENTER);
        // Book pressed from the keyboard at the dialog's foot: the refused start says so and has the focus
        b.waitForText(By.id("book:startMessage"), "The start must be a date and time");
        b.waitUntil(d -> "book:start_input".equals(activeId(b)));
        assertTrue(b.find(By.id("bookDialog")).isDisplayed(), "the dialog stays open");
        assertEquals("", b.text(CAL_MESSAGES), "nothing was booked");
        b.screenshot("refused-start");
    }

    @Test
    void theCalendarOpensAsItWasLeft() {
        LocalDate monday = TestDays.fresh(DayOfWeek.MONDAY);
        String counsellor2 = staff.get("counsellor2").getString("displayName");
        Browser b = browser("remembered");
        signInAsNewFrontDesk(b);
        showWeek(b, monday);
        choose(b, "cal:counsellor", counsellor2);
        choose(b, "cal:room", "Harbour Room");
        // the filters redraw the schedule: wait for the last redraw, then click Day on the schedule it drew
        // (a Day clicked on the schedule about to be replaced would be drawn over, as week, and not kept)
        b.waitUntil(d -> b.script("return PrimeFaces.ajax.Queue.isEmpty()"));
        b.waitUntil(d -> {
            d.findElement(By.cssSelector(".fc-timeGridDay-button")).click();
            return !d.findElements(By.cssSelector(".fc-timeGridDay-view")).isEmpty();
        });
        b.waitFor(By.cssSelector(".fc-timeGridDay-view"));
        // the choice reaches the server before the page is left
        b.waitUntil(d -> b.script("return PrimeFaces.ajax.Queue.isEmpty()"));

        b.get("schedule/calendar.xhtml?date=" + monday);
        b.waitFor(By.cssSelector(".fc-timeGridDay-view"));
        assertEquals(counsellor2, b.text(By.id("cal:counsellor_label")));
        assertEquals("Harbour Room", b.text(By.id("cal:room_label")));
        b.screenshot("remembered");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** Signs in as a new front-desk account, whose calendar has never been opened. */
    private static void signInAsNewFrontDesk(Browser b) {
        String username = "desk" + uniqueLetters().toLowerCase(Locale.ROOT);
        String password = "front desk password " + uniqueLetters();
        Api.Reply created = Api.as("admin").post("api/staff", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Desk " + capitalised(uniqueLetters()) + "\",\"roles\":[\"FRONT_DESK\"],\"password\":\"" + password
                + "\"}");
        assertEquals(201, created.status(), created.toString());
        b.signIn(username, password, true);
    }

    private static void showWeek(Browser b, LocalDate day) {
        b.get("schedule/calendar.xhtml?date=" + day);
        b.waitFor(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']"));
    }

    private static void keys(Browser b, CharSequence... keys) {
        new Actions(b.driver()).sendKeys(keys).perform();
    }

    private static String activeId(Browser b) {
        return (String) b.script("return document.activeElement ? document.activeElement.id : null");
    }

    /** Presses Tab until the element with that id has the focus (a keyboard user's way there), failing after 80. */
    private static void tabTo(Browser b, String id) {
        List<String> passed = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            String active = activeId(b);
            if (id.equals(active)) {
                return;
            }
            passed.add(active);
            keys(b, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id + "; it passed " + passed);
    }

    /** The element lies wholly inside the window, without scrolling. */
    private static void assertInView(Browser b, By by) {
        WebElement e = b.find(by);
        Object inside = b.script("var r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth"
                + " ? 'yes' : JSON.stringify([r.top, r.left, r.bottom, r.right, window.innerWidth, window.innerHeight]);", e);
        assertEquals("yes", inside, by + " is in view");
    }
}
