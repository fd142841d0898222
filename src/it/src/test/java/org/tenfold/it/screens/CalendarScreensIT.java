package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * The calendar and the day list as front desk uses them, in headless Chromium: book by clicking a
 * free slot, see a conflict refused with its reason, move by dragging, cancel, check in.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarScreensIT extends CalendarScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void frontDeskBooksMovesAndCancelsOnTheCalendar() {
        String last = capitalised(uniqueLetters());
        long robin = newClient(frontDesk, "Robin", last);
        long sasha = newClient(frontDesk, "Sasha", last);
        String counsellor = staff.get("counsellor").getString("displayName");
        // a Tuesday of a week no other test books, so the week is empty
        LocalDate tuesday = TestDays.fresh(DayOfWeek.TUESDAY);

        Browser b = browser("frontdesk");
        b.signIn("frontdesk");
        assertTrue(b.menuLabels().contains("Calendar"), "front desk's menu: " + b.menuLabels());
        assertTrue(b.menuLabels().contains("Today"), "front desk's menu: " + b.menuLabels());
        b.menu("Calendar");
        b.waitFor(By.cssSelector(".fc-timegrid"));
        b.get("schedule/calendar.xhtml?date=" + tuesday);
        b.waitFor(By.cssSelector("td.fc-timegrid-col[data-date='" + tuesday + "']"));
        b.screenshot("empty-week");

        // book by clicking the free 10:00 slot on Tuesday
        clickSlot(b, tuesday, "10:00:00");
        b.waitFor(By.id("book:save"));
        assertEquals(tuesday + " 10:00", b.value(By.id("book:start_input")), "the dialog starts at the slot clicked");
        choose(b, "book:counsellor", counsellor);
        pickClient(b, "Robin " + last);
        choose(b, "book:room", "Harbour Room");
        b.type(By.id("book:note"), "Uses the side entrance");
        b.screenshot("book-dialog");
        b.find(By.id("book:save")).click();
        b.waitForText(CAL_MESSAGES, "Booked");
        WebElement robinEvent = eventOf(b, "Robin " + last);
        assertTrue(robinEvent.getText().contains("10:00–10:50"), robinEvent.getText());
        assertTrue(robinEvent.getText().contains("Individual"), robinEvent.getText());
        long robinAppt = appointmentOf(robin);
        assertEquals(LocalDateTime.of(tuesday, LocalTime.of(10, 0)).atZone(CLINIC).toInstant(), startOf(robinAppt));
        b.screenshot("booked");

        // the Lighthouse's calendar is free at 10:30, but the counsellor is not: refused, counsellor named
        choose(b, "cal:room", "Lighthouse Room");
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(eventLocator("Robin " + last)));
        clickSlot(b, tuesday, "10:30:00");
        b.waitFor(By.id("book:save"));
        assertEquals("Lighthouse Room", b.text(By.id("book:room_label")), "the room comes from the filter");
        choose(b, "book:counsellor", counsellor);
        pickClient(b, "Sasha " + last);
        b.find(By.id("book:save")).click();
        String conflict = b.waitForText(BOOK_MESSAGES, "That time is taken");
        assertTrue(conflict.contains("counsellor " + counsellor), conflict);
        assertTrue(b.find(By.id("bookDialog")).isDisplayed(), "the dialog stays open");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment_client WHERE client_id = ?", sasha));
        b.screenshot("conflict");
        b.find(By.id("book:close")).click();
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("bookDialog")));
        choose(b, "cal:room", "All rooms");

        // move by dragging the event one hour down
        WebElement event = eventOf(b, "Robin " + last);
        int hour = slotHeight(b) * 2;
        new Actions(b.driver()).clickAndHold(event).moveByOffset(0, 10).pause(200).moveByOffset(0, hour - 10)
                .pause(200).release().perform();
        b.waitForText(CAL_MESSAGES, "Moved to");
        assertEquals(LocalDateTime.of(tuesday, LocalTime.of(11, 0)).atZone(CLINIC).toInstant(), startOf(robinAppt));
        b.waitUntil(d -> eventOf(b, "Robin " + last).getText().contains("11:00–11:50"));
        b.screenshot("moved");

        // cancel it from its dialog, with a reason
        eventOf(b, "Robin " + last).click();
        b.waitFor(By.id("appt:cancelAppt"));
        assertTrue(b.text(By.id("apptClients")).contains("Robin " + last));
        b.find(By.id("appt:cancelAppt")).click();
        b.waitForText(By.id("appt:messages"), "Give a reason");
        b.type(By.id("appt:reason"), "Client is unwell");
        b.screenshot("cancel-dialog");
        b.find(By.id("appt:cancelAppt")).click();
        b.waitForText(CAL_MESSAGES, "Cancelled");
        b.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("apptDialog")));
        assertEquals("CANCELLED", statusOf(robinAppt));
        WebElement cancelled = eventOf(b, "Robin " + last);
        assertTrue(cancelled.getDomAttribute("class").contains("tf-appt-cancelled"), cancelled.getDomAttribute("class"));
        b.screenshot("cancelled");
    }

    @Test
    void aCounsellorSeesOnlyTheirOwnAppointmentsAndCannotChangeThem() {
        String last = capitalised(uniqueLetters());
        LocalDate wednesday = TestDays.fresh(DayOfWeek.WEDNESDAY);
        bookVideo("counsellor", newClient(frontDesk, "Own", last), wednesday.atTime(10, 0));
        bookVideo("counsellor2", newClient(frontDesk, "Other", last), wednesday.atTime(12, 0));

        Browser b = browser("counsellor");
        b.signIn("counsellor");
        b.get("schedule/calendar.xhtml?date=" + wednesday);
        b.waitFor(By.cssSelector("td.fc-timegrid-col[data-date='" + wednesday + "']"));
        eventOf(b, "Own " + last);
        assertTrue(b.driver().findElements(eventLocator("Other " + last)).isEmpty(),
                "another counsellor's appointment is not on this counsellor's calendar");
        assertTrue(b.driver().findElements(By.id("cal:counsellor")).isEmpty(), "no counsellor filter to pick another");
        assertTrue(b.driver().findElements(By.id("bookDialog")).isEmpty(), "no booking dialog at all");
        eventOf(b, "Own " + last).click();
        b.waitForText(By.id("apptClients"), "Own " + last);
        assertTrue(b.driver().findElements(By.id("appt:cancelAppt")).isEmpty(), "no cancel for a counsellor");
        assertTrue(b.driver().findElements(By.id("appt:move")).isEmpty(), "no move for a counsellor");
        b.screenshot("counsellor-own");
    }

    /** Books the counsellor for the client by video at that clinic time, through the API as front desk. */
    private static void bookVideo(String counsellor, long client, LocalDateTime at) {
        Api.Reply r = frontDesk.post("api/appointments", "{\"counsellorId\":" + DemoClinic.id(staff.get(counsellor))
                + ",\"videoLink\":\"https://video.example.org/own\",\"clientIds\":[" + client + "],\"type\":"
                + "\"INDIVIDUAL\",\"start\":\"" + at.atZone(CLINIC).toInstant() + "\"}");
        assertEquals(201, r.status(), r.toString());
    }

    @Test
    void todayListsTheDayAndChecksIn() {
        String last = capitalised(uniqueLetters());
        long casey = newClient(frontDesk, "Casey", last);
        bookToday(casey);

        Browser b = browser("today");
        b.signIn("frontdesk");
        b.menu("Today");
        By row = By.xpath("//tbody[@id='today:table_data']/tr[.//span[contains(., 'Casey " + last + "')]]");
        String before = b.text(row);
        assertTrue(before.contains("Booked"), before);
        b.screenshot("today");
        b.find(By.xpath("//tbody[@id='today:table_data']/tr[.//span[contains(., 'Casey " + last
                + "')]]//button[contains(@id, 'checkIn')]")).click();
        b.waitForText(By.id("today:messages"), "Checked in Casey " + last);
        b.waitForText(row, "Checked in");
        assertEquals("CHECKED_IN", statusOf(appointmentOf(casey)));
        b.screenshot("checked-in");
    }

    // ---- test data through the API and the database -----------------------------------------

    /** Books today for the client with counsellor2 by video; as admin with a reason, so weekends work too. */
    private static void bookToday(long client) {
        Api admin = Api.as("admin");
        long counsellor2 = staff.get("counsellor2").getJsonNumber("id").longValue();
        LocalDate today = LocalDate.now(CLINIC);
        List<Integer> starts = new java.util.ArrayList<>();
        for (int m = 8 * 60; m <= 18 * 60; m += 55) {
            starts.add(m);
        }
        java.util.Collections.shuffle(starts);
        Api.Reply last = null;
        for (int minute : starts) {
            Instant start = today.atTime(LocalTime.MIDNIGHT.plusMinutes(minute)).atZone(CLINIC).toInstant();
            last = admin.post("api/appointments", "{\"counsellorId\":" + counsellor2 + ",\"videoLink\":"
                    + "\"https://video.example.org/screen-test\",\"clientIds\":[" + client + "],\"type\":\"INDIVIDUAL\","
                    + "\"start\":\"" + start + "\",\"overrideReason\":\"screen test on any day\"}");
            if (last.status() == 201) {
                return;
            }
        }
        throw new AssertionError("could not book today: " + last);
    }

}
