package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * The scheduling rule through the API: no counsellor, room or client in two overlapping
 * appointments, also when a hundred requests race for one slot; working hours and time off, with
 * the administrator's audited override; cancelling frees the slot; who may book and read.
 */
@ExtendWith(ArquillianExtension.class)
class BookingIT {

    private static Api frontDesk;
    private static Api admin;
    private static long counsellor;
    private static long counsellor2;
    private static List<Long> rooms;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void signIn() {
        frontDesk = Api.as("frontdesk");
        admin = Api.as("admin");
        Map<String, Long> staff = admin.get("api/staff").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("username"), s -> s.getJsonNumber("id").longValue()));
        counsellor = staff.get("counsellor");
        counsellor2 = staff.get("counsellor2");
        rooms = frontDesk.get("api/rooms").json().getJsonArray("items").stream()
                .map(r -> r.asJsonObject().getJsonNumber("id").longValue()).toList();
        assertTrue(rooms.size() >= 2, "the demo clinic has rooms");
    }

    @Test
    void aCounsellorARoomAndAClientAreNeverDoubleBooked() {
        Instant ten = aWeekdayAt(10);
        long alex = newClient();
        long sam = newClient();
        Api.Reply first = book(counsellor, rooms.get(0), List.of(alex), "INDIVIDUAL", ten);
        assertEquals(201, first.status(), first.toString());
        assertTrue(first.location() != null && first.location().contains("/api/appointments/"));

        Api.Reply sameCounsellor = book(counsellor, rooms.get(1), List.of(sam), "INDIVIDUAL", ten.plusSeconds(1800));
        assertConflict(sameCounsellor, "COUNSELLOR");

        Api.Reply sameRoom = book(counsellor2, rooms.get(0), List.of(sam), "INDIVIDUAL", ten.plusSeconds(600));
        assertConflict(sameRoom, "ROOM");

        Api.Reply sameClient = book(counsellor2, rooms.get(1), List.of(alex), "INDIVIDUAL", ten.minusSeconds(1200));
        assertConflict(sameClient, "CLIENT");

        Api.Reply backToBack = book(counsellor, rooms.get(0), List.of(sam), "INDIVIDUAL", ten.plusSeconds(50 * 60));
        assertEquals(201, backToBack.status(), "an appointment may start when the last one ends: " + backToBack);
    }

    @Test
    void aCoupleIsBookedTogetherAndEitherPartnerBlocksTheSlot() {
        Instant eleven = aWeekdayAt(11);
        long partnerA = newClient();
        long partnerB = newClient();
        Api.Reply couple = book(counsellor, rooms.get(0), List.of(partnerA, partnerB), "COUPLE", eleven);
        assertEquals(201, couple.status(), couple.toString());
        JsonObject body = couple.json();
        assertEquals(2, body.getJsonArray("clients").size());
        assertEquals(eleven.plusSeconds(80 * 60).toString(), body.getString("end"), "a couple session lasts 80 min");

        Api.Reply partnerElsewhere = book(counsellor2, rooms.get(1), List.of(partnerB), "INDIVIDUAL",
                eleven.plusSeconds(60 * 60));
        assertConflict(partnerElsewhere, "CLIENT");
    }

    /**
     * Sign-in writes a staff row's failure counts; booking locks the counsellor's schedule row. Each is held
     * open here in a transaction of its own while the other runs, and neither waits for it.
     */
    @Test
    void bookingAndSignInNeverWaitForEachOther() throws Exception {
        try (Connection held = TestServer.database()) {
            held.setAutoCommit(false);
            try (Statement s = held.createStatement()) {
                s.executeQuery("SELECT id FROM staff WHERE id = " + counsellor + " LOCK IN SHARE MODE").close();
            }
            // the staff row is held shared (the hold the appointment's foreign key check takes too, so an
            // exclusive hold, a sign-in's UPDATE, is waited for only as long as that brief UPDATE): a booking
            // that locked the staff row for update would wait here; a booking with this counsellor goes ahead
            Api.Reply booked = book(counsellor, rooms.get(0), List.of(newClient()), "INDIVIDUAL", aWeekdayAt(16));
            assertEquals(201, booked.status(), booked.toString());
            held.rollback();
        }
        try (Connection held = TestServer.database()) {
            held.setAutoCommit(false);
            try (Statement s = held.createStatement()) {
                s.executeQuery("SELECT staff_id FROM schedule_lock WHERE staff_id = " + counsellor + " FOR UPDATE")
                        .close();
                // the schedule is held as a booking holds it: the counsellor's failed sign-in is counted at once
                long before = failedSignIns();
                Api.Reply wrong = Api.anonymous().post("api/auth/token", Json.createObjectBuilder()
                        .add("username", "counsellor").add("password", "not-the-password").build().toString());
                assertEquals(401, wrong.status(), wrong.toString());
                assertEquals(before + 1, failedSignIns(), "the failure was written while the schedule was held");
                held.rollback();
            }
        }
        Api.as("counsellor"); // a good sign-in clears the count again
    }

    private static long failedSignIns() {
        return ((Number) TestServer.queryOne("SELECT failed_logins FROM staff WHERE id = ?", counsellor)).longValue();
    }

    @Test
    void cancellingFreesTheSlot() {
        Instant two = aWeekdayAt(14);
        long client = newClient();
        Api.Reply booked = book(counsellor2, rooms.get(1), List.of(client), "INTAKE", two);
        assertEquals(201, booked.status(), booked.toString());
        long id = booked.json().getJsonNumber("id").longValue();

        Api.Reply noReason = frontDesk.post("api/appointments/" + id + "/cancel", "{}");
        assertEquals(400, noReason.status(), "a cancellation needs a reason: " + noReason);

        Api.Reply cancelled = frontDesk.post("api/appointments/" + id + "/cancel",
                "{\"reason\":\"Client phoned, unwell\",\"late\":true}");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("LATE_CANCEL", cancelled.json().getString("status"));

        Api.Reply again = frontDesk.post("api/appointments/" + id + "/cancel", "{\"reason\":\"twice\"}");
        assertEquals(400, again.status(), "already cancelled: " + again);

        Api.Reply rebooked = book(counsellor2, rooms.get(1), List.of(newClient()), "INTAKE", two);
        assertEquals(201, rebooked.status(), "the freed slot can be booked: " + rebooked);
    }

    @Test
    void outsideWorkingHoursOnlyAnAdministratorMayBookAndMustSayWhy() throws Exception {
        Instant saturday = aDayAt(DayOfWeek.SATURDAY, 10);
        long client = newClient();
        Api.Reply refused = book(counsellor, rooms.get(0), List.of(client), "INDIVIDUAL", saturday);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("does not work at that time"), refused.toString());

        Api.Reply noReason = book(admin, counsellor, rooms.get(0), List.of(client), "INDIVIDUAL", saturday, null);
        assertEquals(400, noReason.status(), noReason.toString());
        assertTrue(noReason.json().getJsonObject("errors").containsKey("overrideReason"), noReason.toString());

        Api.Reply overridden = book(admin, counsellor, rooms.get(0), List.of(client), "INDIVIDUAL", saturday,
                "Crisis session agreed with the counsellor");
        assertEquals(201, overridden.status(), overridden.toString());
        long id = overridden.json().getJsonNumber("id").longValue();
        try (Connection db = TestServer.database(); Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT actor, detail FROM audit_event WHERE action = 'APPOINTMENT_BOOK'"
                        + " AND entity_id = '" + id + "'")) {
            assertTrue(r.next(), "the override is audited");
            assertEquals("admin", r.getString("actor"));
            assertTrue(r.getString("detail").contains("Crisis session agreed"), r.getString("detail"));
        }
    }

    @Test
    void timeOffIsRespected() {
        Instant nine = aWeekdayAt(9);
        String body = "{\"start\":\"" + nine.minusSeconds(3600) + "\",\"end\":\"" + nine.plusSeconds(4 * 3600)
                + "\",\"reason\":\"Training\"}";
        Api.Reply off = admin.post("api/staff/" + counsellor2 + "/time-off", body);
        assertEquals(201, off.status(), off.toString());
        Api.Reply refused = book(counsellor2, rooms.get(1), List.of(newClient()), "INDIVIDUAL", nine);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("time off"), refused.toString());
    }

    @Test
    void aHundredRacingBookingsOfOneSlotGiveExactlyOneAppointment() throws Exception {
        Instant slot = aWeekdayAt(16);
        List<Long> clients = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            clients.add(newClient());
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (long client : clients) {
                replies.add(pool.submit(() -> book(counsellor, rooms.get(0), List.of(client), "INDIVIDUAL", slot)));
            }
            Races.Tally t = Races.tally(replies);
            assertEquals(List.of(), t.other(), "no errors, no deadlocks");
            assertEquals(1, t.created(), "exactly one booking wins");
            assertEquals(99, t.conflicts(), "the rest get a clean conflict");
        } finally {
            pool.shutdownNow();
        }
        assertNoOverlapsInTheDatabase();
    }

    @Test
    void whoMayBookAndWhoMayRead() {
        Instant noon = aWeekdayAt(12);
        Api counsellorApi = Api.as("counsellor");
        Api.Reply counsellorBooks = book(counsellorApi, counsellor, rooms.get(0), List.of(newClient()), "INDIVIDUAL",
                noon, null);
        assertEquals(403, counsellorBooks.status(), counsellorBooks.toString());

        Api.Reply booked = book(counsellor, rooms.get(0), List.of(newClient()), "INDIVIDUAL", noon);
        assertEquals(201, booked.status(), booked.toString());
        String range = "from=" + noon.minusSeconds(3600) + "&to=" + noon.plusSeconds(3600);
        Api.Reply own = counsellorApi.get("api/appointments?" + range);
        assertEquals(200, own.status(), own.toString());
        assertTrue(own.body().contains("\"id\":" + booked.json().getJsonNumber("id")), own.toString());

        Api.Reply others = counsellorApi.get("api/appointments?" + range + "&counsellorId=" + counsellor2);
        assertEquals(403, others.status(), "a counsellor reads only their own calendar: " + others);

        Api.Reply roomByFrontDesk = frontDesk.post("api/rooms", "{\"name\":\"Broom cupboard\"}");
        assertEquals(403, roomByFrontDesk.status(), roomByFrontDesk.toString());
        Api.Reply anonymous = Api.anonymous().get("api/appointments?" + range);
        assertEquals(401, anonymous.status(), anonymous.toString());
        Api.Reply badRange = frontDesk.get("api/appointments?from=yesterday&to=now");
        assertEquals(400, badRange.status(), badRange.toString());
    }

    @Test
    void findsTheNextSlotWhereCounsellorRoomAndClientAreAllFree() {
        LocalDate day = TestDays.fresh(DayOfWeek.TUESDAY);
        long client = newClient();
        long other = newClient();
        // London is on GMT or BST; book in clinic wall-clock terms through UTC instants of that day
        Instant nineLocal = day.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant();
        assertEquals(201, book(counsellor2, rooms.get(1), List.of(client), "INTAKE", nineLocal).status());
        assertEquals(201, book(counsellor, rooms.get(0), List.of(other), "INDIVIDUAL", nineLocal.plusSeconds(5400))
                .status());
        // counsellor2 and the client are busy 09:00-10:30; room 0 is busy 10:30-11:20
        Api.Reply free = frontDesk.get("api/appointments/free-slots?counsellorId=" + counsellor2 + "&roomId="
                + rooms.get(0) + "&clientId=" + client + "&minutes=50&from=" + day + "&days=TUESDAY"
                + "&earliest=09:00&latest=13:00&limit=3");
        assertEquals(200, free.status(), free.toString());
        List<String> starts = free.json().getJsonArray("items").stream()
                .map(v -> Instant.parse(v.asJsonObject().getString("start")).atZone(java.time.ZoneId.of("Europe/London"))
                        .toLocalTime().toString()).toList();
        assertEquals(List.of("11:30", "11:45", "12:00"), starts, "the first starts after both are free: " + free
                + " day " + day + " calendar " + frontDesk.get("api/appointments?from=" + nineLocal.minusSeconds(7200)
                + "&to=" + nineLocal.plusSeconds(7200 * 3)).body() + " counsellor2 " + counsellor2 + " rooms " + rooms);
        Api.Reply bad = frontDesk.get("api/appointments/free-slots?counsellorId=" + counsellor2 + "&minutes=5");
        assertEquals(400, bad.status(), bad.toString());
    }

    private static void assertNoOverlapsInTheDatabase() throws Exception {
        try (Connection db = TestServer.database()) {
            Races.assertNoOverlaps(db);
        }
    }

    private static void assertConflict(Api.Reply reply, String resource) {
        assertEquals(409, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        JsonObject body = reply.json();
        assertEquals("urn:tenfold:problem:booking-conflict", body.getString("type"));
        assertTrue(body.getJsonArray("conflicts").stream()
                .anyMatch(c -> resource.equals(c.asJsonObject().getString("resource"))), reply.toString());
        assertTrue(body.getString("detail").contains("Nothing was booked"), reply.toString());
    }

    private static Api.Reply book(long counsellorId, long roomId, List<Long> clients, String type, Instant start) {
        return book(frontDesk, counsellorId, roomId, clients, type, start, null);
    }

    private static Api.Reply book(Api api, long counsellorId, long roomId, List<Long> clients, String type,
            Instant start, String overrideReason) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        clients.forEach(ids::add);
        var body = Json.createObjectBuilder().add("counsellorId", counsellorId).add("roomId", roomId)
                .add("clientIds", ids).add("type", type).add("start", start.toString());
        if (overrideReason != null) {
            body.add("overrideReason", overrideReason);
        }
        return api.post("api/appointments", body.build().toString());
    }

    private static long newClient() {
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Api.Reply r = frontDesk.post("api/clients", "{\"legalFirstName\":\"Booking\",\"legalLastName\":\"Test" + unique
                + "\",\"status\":\"ACTIVE\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** A weekday of a week that is this call's alone, so tests never meet each other's bookings or time off. */
    private static Instant aWeekdayAt(int hourUtc) {
        return TestDays.freshWeekday().atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }

    private static Instant aDayAt(DayOfWeek day, int hourUtc) {
        return TestDays.fresh(day).atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }
}
