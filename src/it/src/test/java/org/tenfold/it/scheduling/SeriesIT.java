package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;

/**
 * Weekly series in a clinic on America/Vancouver time: 17:00 stays 17:00 across the spring change,
 * a conflicting date is named and nothing booked unless the others only are asked for, and
 * cancelling one occurrence, or this-and-following, leaves the rest.
 */
@ExtendWith(ArquillianExtension.class)
class SeriesIT {

    private static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
    private static Api frontDesk;
    private static long counsellor2;
    private static long room;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void vancouverClinic() throws Exception {
        setClinicZone("America/Vancouver");
        frontDesk = Api.as("frontdesk");
        Map<String, Long> staff = Api.as("admin").get("api/staff").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("username"), s -> s.getJsonNumber("id").longValue()));
        counsellor2 = staff.get("counsellor2");
        room = frontDesk.get("api/rooms").json().getJsonArray("items").getJsonObject(2).getJsonNumber("id").longValue();
    }

    @AfterAll
    static void backToLondon() throws Exception {
        setClinicZone("Europe/London");
    }

    @Test
    void aWeeklySeriesKeepsFiveOClockAcrossTheSpringChangeAndNamesTheDateThatClashes() {
        LocalDate first = twoWeeksBeforeSpringChange();
        long client = newClient();
        Instant firstStart = ZonedDateTime.of(first, LocalTime.of(17, 0), VANCOUVER).toInstant();

        // another appointment already holds the third week
        Instant thirdWeek = ZonedDateTime.of(first.plusWeeks(2), LocalTime.of(17, 30), VANCOUVER).toInstant();
        Api.Reply blocker = frontDesk.post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellor2).add("roomId", room).add("clientIds", Json.createArrayBuilder().add(newClient()))
                .add("type", "INDIVIDUAL").add("start", thirdWeek.toString()).build().toString());
        assertEquals(201, blocker.status(), blocker.toString());

        Api.Reply refused = series(client, firstStart, 10, false);
        assertEquals(409, refused.status(), refused.toString());
        JsonObject problem = refused.json();
        assertEquals("urn:tenfold:problem:series-conflict", problem.getString("type"));
        assertEquals(1, problem.getJsonArray("dates").size(), refused.toString());
        assertTrue(problem.getJsonArray("dates").getString(0).contains(String.valueOf(first.plusWeeks(2).getDayOfMonth())),
                refused.toString());
        assertEquals(0, calendar(client, firstStart).size(), "nothing was booked");

        Api.Reply booked = series(client, firstStart, 10, true);
        assertEquals(201, booked.status(), booked.toString());
        assertEquals(9, booked.json().getJsonArray("booked").size());
        assertEquals(1, booked.json().getJsonArray("skipped").size());
        for (JsonValue v : booked.json().getJsonArray("booked")) {
            ZonedDateTime local = Instant.parse(v.asJsonObject().getString("start")).atZone(VANCOUVER);
            assertEquals(LocalTime.of(17, 0), local.toLocalTime(), "17:00 local, before and after the change: " + v);
            assertEquals(first.getDayOfWeek(), local.getDayOfWeek());
        }
        List<Instant> utcStarts = booked.json().getJsonArray("booked").stream()
                .map(v -> Instant.parse(v.asJsonObject().getString("start"))).toList();
        assertEquals(3600, utcStarts.get(0).getEpochSecond() % 86400 / 3600 * 3600
                - utcStarts.get(utcStarts.size() - 1).getEpochSecond() % 86400 / 3600 * 3600,
                "in UTC the sessions move by an hour when the clocks change");
    }

    @Test
    void cancellingOneOccurrenceOrThisAndTheFollowingLeavesTheRest() {
        LocalDate first = twoWeeksBeforeSpringChange().plusWeeks(20);
        long client = newClient();
        Instant firstStart = ZonedDateTime.of(first, LocalTime.of(18, 0), VANCOUVER).toInstant();
        Api.Reply booked = series(client, firstStart, 8, false);
        assertEquals(201, booked.status(), booked.toString());
        List<Long> ids = booked.json().getJsonArray("booked").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertEquals(8, ids.size());

        Api.Reply one = frontDesk.post("api/appointments/" + ids.get(1) + "/cancel",
                "{\"reason\":\"Holiday\",\"scope\":\"THIS\"}");
        assertEquals(200, one.status(), one.toString());
        assertEquals(1, one.json().getJsonArray("cancelled").size());

        Api.Reply following = frontDesk.post("api/appointments/" + ids.get(5) + "/cancel",
                "{\"reason\":\"Moving away\",\"scope\":\"THIS_AND_FOLLOWING\"}");
        assertEquals(200, following.status(), following.toString());
        assertEquals(3, following.json().getJsonArray("cancelled").size(), following.toString());

        List<JsonObject> left = calendar(client, firstStart).stream()
                .filter(a -> "BOOKED".equals(a.getString("status"))).toList();
        assertEquals(List.of(ids.get(0), ids.get(2), ids.get(3), ids.get(4)),
                left.stream().map(a -> a.getJsonNumber("id").longValue()).toList());
    }

    @Test
    void movingThisAndTheFollowingKeepsTheNewWallClockTimeAcrossTheChangeOrMovesNone() {
        LocalDate first = twoWeeksBeforeSpringChange();
        long client = newClient();
        Instant firstStart = ZonedDateTime.of(first, LocalTime.of(12, 0), VANCOUVER).toInstant();
        Api.Reply booked = series(client, firstStart, 5, false);
        assertEquals(201, booked.status(), booked.toString());
        List<JsonObject> sessions = booked.json().getJsonArray("booked").stream().map(JsonValue::asJsonObject).toList();
        JsonObject second = sessions.get(1);
        LocalDate secondFriday = first.plusWeeks(1).plusDays(1);

        // someone else takes the room on the last Friday at 10:00: the move is refused whole, that date named
        LocalDate lastFriday = first.plusWeeks(4).plusDays(1);
        Api.Reply blocker = frontDesk.post("api/appointments", Json.createObjectBuilder().add("counsellorId", counsellor2)
                .add("videoLink", "https://video.example.org/x").add("clientIds", Json.createArrayBuilder().add(newClient()))
                .add("type", "INDIVIDUAL").add("start", ZonedDateTime.of(lastFriday, LocalTime.of(10, 0), VANCOUVER)
                        .toInstant().toString()).build().toString());
        assertEquals(201, blocker.status(), blocker.toString());
        Api.Reply refused = move(second, secondFriday, "THIS_AND_FOLLOWING");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("urn:tenfold:problem:series-conflict", refused.json().getString("type"));
        assertEquals(1, refused.json().getJsonArray("dates").size(), refused.toString());
        assertTrue(refused.json().getJsonArray("dates").getString(0).contains(String.valueOf(lastFriday.getDayOfMonth())),
                refused.toString());
        assertEquals(sessions.stream().map(s -> s.getString("start")).toList(),
                calendar(client, firstStart).stream().map(a -> a.getString("start")).toList(), "nothing moved");

        assertEquals(200, frontDesk.post("api/appointments/" + blocker.json().getJsonNumber("id") + "/cancel",
                "{\"reason\":\"Freed for the test\"}").status());
        Api.Reply moved = move(second, secondFriday, "THIS_AND_FOLLOWING");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(4, moved.json().getJsonArray("moved").size(), moved.toString());
        List<ZonedDateTime> starts = calendar(client, firstStart).stream()
                .map(a -> Instant.parse(a.getString("start")).atZone(VANCOUVER)).toList();
        assertEquals(ZonedDateTime.of(first, LocalTime.of(12, 0), VANCOUVER), starts.get(0), "the first stays");
        for (int week = 1; week < 5; week++) {
            assertEquals(ZonedDateTime.of(first.plusWeeks(week).plusDays(1), LocalTime.of(10, 0), VANCOUVER),
                    starts.get(week), "Friday 10:00 local, before and after the change");
        }

        Api.Reply stale = move(second, secondFriday, "THIS");
        assertEquals(412, stale.status(), "the version read before the move is out of date: " + stale);
    }

    private static Api.Reply move(JsonObject appointment, LocalDate day, String scope) {
        return frontDesk.post("api/appointments/" + appointment.getJsonNumber("id") + "/move", Json.createObjectBuilder()
                .add("start", ZonedDateTime.of(day, LocalTime.of(10, 0), VANCOUVER).toInstant().toString())
                .add("roomId", room).add("scope", scope).build().toString(),
                "\"" + appointment.getJsonNumber("version") + "\"");
    }

    @Test
    void aSeriesHasAtMostFiftyTwoSessions() {
        Api.Reply tooLong = series(newClient(), Instant.now().plusSeconds(86400 * 400), 53, false);
        assertEquals(400, tooLong.status(), tooLong.toString());
    }

    private static Api.Reply series(long client, Instant start, int count, boolean bookAvailableOnly) {
        return frontDesk.post("api/appointments/series", Json.createObjectBuilder()
                .add("counsellorId", counsellor2).add("roomId", room)
                .add("clientIds", Json.createArrayBuilder().add(client)).add("type", "INDIVIDUAL")
                .add("start", start.toString()).add("recurrence", "WEEKLY").add("count", count)
                .add("bookAvailableOnly", bookAvailableOnly).build().toString());
    }

    private static List<JsonObject> calendar(long client, Instant from) {
        Api.Reply r = frontDesk.get("api/appointments?from=" + from.minusSeconds(3600) + "&to="
                + from.plusSeconds(86400L * 90) + "&clientId=" + client);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    /** A Thursday two weeks before Vancouver's spring change, some years ahead (a different one each run). */
    private static LocalDate twoWeeksBeforeSpringChange() {
        int year = LocalDate.now().getYear() + 8 + ThreadLocalRandom.current().nextInt(20);
        Instant change = VANCOUVER.getRules().nextTransition(ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, VANCOUVER)
                .toInstant()).getInstant();
        return change.atZone(VANCOUVER).toLocalDate().minusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }

    private static long newClient() {
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Api.Reply r = frontDesk.post("api/clients", "{\"legalFirstName\":\"Series\",\"legalLastName\":\"Test" + unique
                + "\",\"status\":\"ACTIVE\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static void setClinicZone(String zone) throws Exception {
        try (Connection db = TestServer.database();
                PreparedStatement s = db.prepareStatement(
                        "UPDATE clinic_setting SET setting_value = ? WHERE setting_key = 'TIME_ZONE'")) {
            s.setString(1, zone);
            s.executeUpdate();
        }
    }
}
