package org.tenfold.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * The calendar screen's events resource, which its schedule fetches with the browser session: each
 * role reads what it sees on the calendar and no more, whatever the query asks, and nothing without
 * signing in; bad ranges and zones are refused.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarEventsIT {

    private static final ZoneId CLINIC = ZoneId.of("Europe/London");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void eachRoleReadsTheEventsOfItsOwnCalendarAndNoMore() {
        Api desk = Api.as("frontdesk");
        Map<String, JsonObject> staff = DemoClinic.staff(Api.as("admin"));
        String last = "Ev" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        LocalDate wednesday = TestDays.fresh(DayOfWeek.WEDNESDAY);
        book(desk, staff.get("counsellor"), client(desk, "Own", last), wednesday.atTime(10, 0));
        book(desk, staff.get("counsellor2"), client(desk, "Other", last), wednesday.atTime(12, 0));
        String day = "schedule/calendar-events?start=" + wednesday + "T00:00:00.000Z&end=" + wednesday.plusDays(1)
                + "T00:00:00.000Z&zone=Europe/London";

        HttpResponse<String> anonymous = Http.get(day);
        assertEquals(302, anonymous.statusCode(), "no events without signing in: " + Http.describe(anonymous));
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login"), Http.describe(anonymous));

        String counsellor = session("counsellor");
        HttpResponse<String> own = Http.get(day, counsellor);
        assertEquals(200, own.statusCode(), Http.describe(own));
        assertTrue(Http.contentType(own).startsWith("application/json"), Http.contentType(own));
        assertTrue(own.headers().firstValue("Cache-Control").orElse("").contains("no-store"), Http.describe(own));
        assertEquals(List.of("10:00–10:50 Own " + last + " · Individual"), titles(own, last),
                "a counsellor reads their own appointments only");
        assertTrue(own.body().contains("\"startEditable\":false"), "a counsellor cannot drag: " + own.body());
        assertFalse(own.body().contains("Side door"), "no note in an event: " + own.body());
        HttpResponse<String> asksForOther = Http.get(day + "&counsellor=" + DemoClinic.id(staff.get("counsellor2")),
                counsellor);
        assertEquals(200, asksForOther.statusCode(), Http.describe(asksForOther));
        assertEquals(List.of("10:00–10:50 Own " + last + " · Individual"), titles(asksForOther, last),
                "the counsellor filter is front desk's: asking for another counsellor shows the same own calendar");

        String frontDesk = session("frontdesk");
        HttpResponse<String> clinic = Http.get(day, frontDesk);
        assertEquals(200, clinic.statusCode(), Http.describe(clinic));
        assertEquals(List.of("10:00–10:50 Own " + last + " · Individual", "12:00–12:50 Other " + last + " · Individual"),
                titles(clinic, last), "front desk reads the whole clinic");
        assertTrue(clinic.body().contains("\"startEditable\":true"), "front desk drags booked ones: " + clinic.body());
        HttpResponse<String> filtered = Http.get(day + "&counsellor=" + DemoClinic.id(staff.get("counsellor2")),
                frontDesk);
        assertEquals(List.of("12:00–12:50 Other " + last + " · Individual"), titles(filtered, last),
                "front desk's counsellor filter");

        assertEquals(400, Http.get("schedule/calendar-events?start=yesterday&end=" + wednesday + "T00:00:00Z",
                frontDesk).statusCode(), "a start that is no date-time");
        assertEquals(400, Http.get("schedule/calendar-events?end=" + wednesday + "T00:00:00Z", frontDesk).statusCode(),
                "no start");
        assertEquals(400, Http.get("schedule/calendar-events?start=" + wednesday + "T00:00:00Z&end=" + wednesday
                .plusDays(120) + "T00:00:00Z", frontDesk).statusCode(), "a range wider than the calendar reads");
        assertEquals(400, Http.get("schedule/calendar-events?start=" + wednesday + "T00:00:00Z&end=" + wednesday
                .minusDays(1) + "T00:00:00Z", frontDesk).statusCode(), "an end before the start");
        assertEquals(400, Http.get(day.replace("Europe/London", "Mars/Base"), frontDesk).statusCode(),
                "an unknown time zone");
    }

    private static List<String> titles(HttpResponse<String> response, String last) {
        var events = Http.json(response).getJsonArray("events");
        return events.getValuesAs(JsonObject.class).stream().map(e -> e.getString("title"))
                .filter(t -> t.contains(last)).toList();
    }

    private static long client(Api desk, String first, String last) {
        Api.Reply r = desk.post("api/clients", "{\"legalFirstName\":\"" + first + "\",\"legalLastName\":\"" + last
                + "\",\"status\":\"ACTIVE\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static void book(Api desk, JsonObject counsellor, long client, LocalDateTime at) {
        Api.Reply r = desk.post("api/appointments", "{\"counsellorId\":" + DemoClinic.id(counsellor)
                + ",\"videoLink\":\"https://video.example.org/ev\",\"clientIds\":[" + client + "],\"type\":"
                + "\"INDIVIDUAL\",\"frontDeskNote\":\"Side door\",\"start\":\"" + at.atZone(CLINIC).toInstant() + "\"}");
        assertEquals(201, r.status(), r.toString());
    }

    /** Signs in through the form, as a browser does, and returns the session id. */
    private static String session(String username) {
        return FormSignIn.session(username);
    }
}
