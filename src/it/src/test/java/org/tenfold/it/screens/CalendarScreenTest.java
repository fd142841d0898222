package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestServer;

/**
 * What the calendar's screen tests share: the demo clinic's zone, front desk's API session and the
 * staff by username, driving the calendar (slots, events, the client picker), and what they read
 * back from the database.
 */
abstract class CalendarScreenTest extends ScreenTest {

    static final ZoneId CLINIC = ZoneId.of("Europe/London");
    static final By CAL_MESSAGES = By.id("cal:messages");
    static final By BOOK_MESSAGES = By.id("book:messages");

    static Api frontDesk;
    static Map<String, JsonObject> staff;

    @BeforeAll
    static void signInToTheApi() {
        frontDesk = Api.as("frontdesk");
        staff = DemoClinic.staff(Api.as("admin"));
    }

    /** Clicks the given day's slot at the given time in the week view. */
    static void clickSlot(Browser b, LocalDate day, String time) {
        WebElement column = b.find(By.cssSelector("td.fc-timegrid-col[data-date='" + day + "']"));
        WebElement slot = b.find(By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + time + "']"));
        b.script("arguments[0].scrollIntoView({block: 'center'})", slot);
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) b.script("var c = arguments[0].getBoundingClientRect(),"
                + " s = arguments[1].getBoundingClientRect();"
                + " return [c.left + c.width / 2, s.top + s.height / 2];", column, slot);
        new Actions(b.driver()).moveToLocation(point.get(0).intValue(), point.get(1).intValue()).click().perform();
    }

    static int slotHeight(Browser b) {
        return b.find(By.cssSelector("td.fc-timegrid-slot-lane[data-time='10:00:00']")).getRect().getHeight();
    }

    static WebElement eventOf(Browser b, String name) {
        return b.waitFor(eventLocator(name));
    }

    static By eventLocator(String name) {
        return By.xpath("//div[contains(@class, 'tf-schedule')]//a[contains(@class, 'fc-event')]"
                + "[contains(., '" + name + "')]");
    }


    static void pickClient(Browser b, String name) {
        b.type(By.id("book:clients_input"), name);
        b.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='book:clients_panel']//li"
                + "[contains(@class, 'ui-autocomplete-item')][contains(., '" + name + "')]"))).click();
        b.waitForText(By.id("book:clients"), name);
    }

    static long newClient(Api frontDesk, String first, String last) {
        Api.Reply r = frontDesk.post("api/clients", "{\"legalFirstName\":\"" + first + "\",\"legalLastName\":\"" + last
                + "\",\"status\":\"ACTIVE\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    static long appointmentOf(long clientId) {
        Long id = (Long) one("SELECT MAX(appointment_id) FROM appointment_client WHERE client_id = ?", clientId);
        assertNotNull(id, "an appointment for client " + clientId);
        return id;
    }

    static Instant startOf(long appointmentId) {
        Object t = one("SELECT starts_at FROM appointment WHERE id = ?", appointmentId);
        LocalDateTime utc = t instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) t;
        return utc.toInstant(ZoneOffset.UTC);
    }

    static String statusOf(long appointmentId) {
        return (String) one("SELECT status FROM appointment WHERE id = ?", appointmentId);
    }

    static long count(String sql, Object... params) {
        return ((Number) one(sql, params)).longValue();
    }

    static Object one(String sql, Object... params) {
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Object value = r.getObject(1);
                return value instanceof Number n && !(value instanceof Long) && sql.contains("MAX(") ? n.longValue()
                        : value;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String INTAKE_WORDS = "Words of the intake that front desk never reads";

    /**
     * A case opened as the clinic opens one: an intake appointment each, the intakes submitted by the
     * counsellor, the case opened by them with that counsellor as its own; a couple's case for two clients
     * (in recovery, then partner), an individual one for one.
     */
    static long openCase(String counsellorUsername, long... clients) {
        Api admin = Api.as("admin");
        Api counsellor = Api.as(counsellorUsername);
        long counsellorId = DemoClinic.id(staff.get(counsellorUsername));
        for (long client : clients) {
            LocalDate day = org.tenfold.it.TestDays.fresh(java.time.DayOfWeek.SATURDAY);
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
        var members = Json.createArrayBuilder();
        for (int i = 0; i < clients.length; i++) {
            members.add(Json.createObjectBuilder().add("clientId", clients[i]).add("role", clients.length == 1
                    ? "INDIVIDUAL" : i == 0 ? "IN_RECOVERY" : "PARTNER"));
        }
        Api.Reply opened = counsellor.post("api/cases", Json.createObjectBuilder()
                .add("kind", clients.length == 2 ? "COUPLE" : "INDIVIDUAL").add("primaryCounsellorId", counsellorId)
                .add("members", members).build().toString());
        assertEquals(201, opened.status(), opened.toString());
        return opened.json().getJsonNumber("id").longValue();
    }
}
