package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * The calendar's booking dialog beyond a single appointment, in headless Chromium: a weekly series
 * that names the date it cannot have and books the others on request; moving this and the following
 * sessions; cancelling all; finding the next free time; an administrator's override with a reason.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarSeriesScreensIT extends CalendarScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aWeeklySeriesBooksAroundAClashThenMovesTheFollowingSessionsAndIsCancelledWhole() {
        String last = capitalised(uniqueLetters());
        long jordan = newClient(frontDesk, "Jordan", last);
        long other = newClient(frontDesk, "Blocker", last);
        String counsellor = staff.get("counsellor2").getString("displayName");
        LocalDate wednesday = farWeek().with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        book(other, wednesday.plusWeeks(2).atTime(14, 0));

        Browser b = browser("series");
        b.signIn("frontdesk");
        show(b, wednesday);
        clickSlot(b, wednesday, "14:00:00");
        b.waitFor(By.id("book:save"));
        assertFalse(b.isPresent(By.id("book:override")), "only administrators may override working hours");
        choose(b, "book:counsellor", counsellor);
        pickClient(b, "Jordan " + last);
        choose(b, "book:room", "Garden Room");
        choose(b, "book:repeat", "Weekly");
        replace(b, By.id("book:sessions_input"), "4");
        b.screenshot("series-dialog");
        b.find(By.id("book:save")).click();

        String refused = b.waitForText(By.id("book:refused"), "cannot be booked");
        assertTrue(refused.contains(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH)
                .format(wednesday.plusWeeks(2))), refused);
        assertTrue(refused.contains("counsellor " + counsellor + " is booked"), refused);
        assertEquals(0, count("SELECT COUNT(*) FROM appointment_client WHERE client_id = ?", jordan),
                "nothing booked until front desk says so");
        b.screenshot("series-refused");
        b.find(By.id("book:bookOthers")).click();
        b.waitForText(CAL_MESSAGES, "Booked 3 sessions weekly");
        assertEquals(List.of(wednesday.atTime(14, 0), wednesday.plusWeeks(1).atTime(14, 0),
                wednesday.plusWeeks(3).atTime(14, 0)), startsOf(jordan));

        // move the second and the later ones to Thursdays at 15:00
        LocalDate thursday = wednesday.plusWeeks(1).plusDays(1);
        show(b, wednesday.plusWeeks(1));
        eventOf(b, "Jordan " + last).click();
        b.waitFor(By.id("appt:scope"));
        b.find(By.xpath("//*[@id='appt:scope']//label[contains(., 'This and the following')]")).click();
        replace(b, By.id("appt:moveTo_input"), thursday + " 15:00");
        b.screenshot("series-move");
        b.find(By.id("appt:move")).click();
        b.waitForText(CAL_MESSAGES, "Moved 2 sessions");
        assertEquals(List.of(wednesday.atTime(14, 0), thursday.atTime(15, 0), thursday.plusWeeks(2).atTime(15, 0)),
                startsOf(jordan), "the first stays; the second and fourth move a day later to 15:00");

        // cancel the whole series from its last session
        show(b, thursday.plusWeeks(2));
        eventOf(b, "Jordan " + last).click();
        b.waitFor(By.id("appt:scope"));
        b.find(By.xpath("//*[@id='appt:scope']//label[contains(., 'All sessions')]")).click();
        b.type(By.id("appt:reason"), "Client moved away");
        b.find(By.id("appt:cancelAppt")).click();
        b.waitForText(CAL_MESSAGES, "and 2 more sessions of the series");
        assertEquals(0, count("SELECT COUNT(*) FROM appointment a JOIN appointment_client ac ON ac.appointment_id = a.id"
                + " WHERE ac.client_id = ? AND a.status = 'BOOKED'", jordan));
        assertEquals(3, count("SELECT COUNT(*) FROM appointment a JOIN appointment_client ac ON ac.appointment_id = a.id"
                + " WHERE ac.client_id = ? AND a.status = 'CANCELLED'", jordan), "cancelled, never deleted");
    }

    @Test
    void findingAFreeTimeSkipsWhatIsTakenAndFillsTheStart() {
        String last = capitalised(uniqueLetters());
        long quinn = newClient(frontDesk, "Quinn", last);
        long other = newClient(frontDesk, "Taken", last);
        LocalDate monday = farWeek().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate thursday = monday.plusDays(3);
        book(other, thursday.atTime(16, 0));

        Browser b = browser("free-time");
        b.signIn("frontdesk");
        show(b, monday);
        clickSlot(b, monday, "09:00:00");
        b.waitFor(By.id("book:save"));
        choose(b, "book:counsellor", staff.get("counsellor2").getString("displayName"));
        pickClient(b, "Quinn " + last);
        choose(b, "book:room", "Garden Room");
        b.find(By.cssSelector("[id='book:finder'] legend")).click();
        b.waitUntil(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[@id='book:days']//label[normalize-space()='Thu']"))).click();
        choose(b, "book:earliest", "16:00");
        b.find(By.id("book:find")).click();
        By firstFound = By.cssSelector("[id='book:found'] button");
        String first = b.waitForText(firstFound, ":");
        String expected = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH).format(thursday.atTime(17, 0));
        assertEquals(expected, first, "16:00 is taken until 16:50; the next quarter hour that fits is 17:00");
        b.screenshot("free-times");
        b.find(firstFound).click();
        b.waitUntil(d -> (thursday + " 17:00").equals(b.value(By.id("book:start_input"))));
        b.find(By.id("book:save")).click();
        b.waitForText(CAL_MESSAGES, "Booked");
        assertEquals(thursday.atTime(17, 0).atZone(CLINIC).toInstant(), startOf(appointmentOf(quinn)));
    }

    @Test
    void anAdministratorAtTheFrontDeskBooksOutsideWorkingHoursOnlyWithAReason() {
        String last = capitalised(uniqueLetters());
        long avery = newClient(frontDesk, "Avery", last);
        LocalDate sunday = farWeek().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        // a small clinic's manager: administrator and front desk in one account
        String username = "manager" + uniqueLetters().toLowerCase(Locale.ROOT);
        String password = "manager password " + uniqueLetters();
        Api.Reply created = Api.as("admin").post("api/staff", "{\"username\":\"" + username + "\",\"displayName\":"
                + "\"Manager " + last + "\",\"roles\":[\"ADMIN\",\"FRONT_DESK\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.status(), created.toString());

        Browser b = browser("override");
        b.signIn(username, password, true);
        show(b, sunday);
        clickSlot(b, sunday, "10:00:00");
        b.waitFor(By.id("book:save"));
        choose(b, "book:counsellor", staff.get("counsellor2").getString("displayName"));
        pickClient(b, "Avery " + last);
        choose(b, "book:room", "Garden Room");
        b.find(By.id("book:save")).click();
        // beside the field that answers it
        String refusal = b.waitForText(By.id("book:overrideMessage"), "does not work at that time");
        assertTrue(refusal.contains("give a reason"), refusal);
        assertEquals(0, count("SELECT COUNT(*) FROM appointment_client WHERE client_id = ?", avery));
        b.type(By.id("book:override"), "Agreed weekend session before a court date");
        b.find(By.id("book:save")).click();
        b.waitForText(CAL_MESSAGES, "Booked");
        long appointment = appointmentOf(avery);
        assertEquals(1, count("SELECT COUNT(*) FROM appointment WHERE id = ? AND override_reason = ?", appointment,
                "Agreed weekend session before a court date"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity_id = ? AND action = 'APPOINTMENT_BOOK'"
                + " AND detail LIKE '%override: Agreed weekend session%'", String.valueOf(appointment)), "the override is audited");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The Monday of six weeks in a row that no other test books, so the counsellor's calendar there is empty. */
    private static LocalDate farWeek() {
        return TestDays.freshWeeks(6);
    }

    /** Selects what a field holds and types over it, as a user does (a date picker or number field reformats on clear). */
    private static void replace(Browser b, By field, String text) {
        b.waitUntil(ExpectedConditions.elementToBeClickable(field)).sendKeys(Keys.chord(Keys.CONTROL, "a"), text,
                Keys.TAB);
    }

    private static void show(Browser b, LocalDate day) {
        b.get("schedule/calendar.xhtml?date=" + day);
        b.waitFor(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']"));
    }

    /** Books counsellor2 for the client at that local time through the API. */
    private static void book(long client, LocalDateTime at) {
        Api.Reply r = frontDesk.post("api/appointments", "{\"counsellorId\":" + staff.get("counsellor2")
                .getJsonNumber("id").longValue() + ",\"videoLink\":\"https://video.example.org/blocker\",\"clientIds\":["
                + client + "],\"type\":\"INDIVIDUAL\",\"start\":\"" + at.atZone(CLINIC).toInstant() + "\"}");
        assertEquals(201, r.status(), r.toString());
    }

    /** The client's booked appointments' starts, in clinic time, in order. */
    private static List<LocalDateTime> startsOf(long client) {
        List<LocalDateTime> starts = new ArrayList<>();
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement("SELECT a.starts_at FROM"
                + " appointment a JOIN appointment_client ac ON ac.appointment_id = a.id WHERE ac.client_id = ?"
                + " AND a.status = 'BOOKED' ORDER BY a.starts_at")) {
            s.setLong(1, client);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object t = r.getObject(1);
                    LocalDateTime utc = t instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) t;
                    starts.add(LocalDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), CLINIC));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return starts;
    }
}
