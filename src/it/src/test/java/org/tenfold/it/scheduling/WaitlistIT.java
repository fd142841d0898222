package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.DemoClinic;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * The waitlist through the API: who fits a freed slot (counsellor, days, times, length, clients
 * free), booking an entry into it in one step, once only even when attempts race, a conflict that
 * leaves the entry waiting, the enquiry stage moving to the waitlist, editing an entry (its place in
 * the queue kept, stale and no longer waiting edits refused), who may do what, bad input.
 * Other tests' entries may fit the same slots, so each test looks for its own entries by id.
 */
@ExtendWith(ArquillianExtension.class)
class WaitlistIT {

    private static final ZoneId CLINIC = ZoneId.of("Europe/London");

    private static Api frontDesk;
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
        Map<String, JsonObject> staff = DemoClinic.staff(Api.as("admin"));
        counsellor = DemoClinic.id(staff.get("counsellor"));
        counsellor2 = DemoClinic.id(staff.get("counsellor2"));
        rooms = DemoClinic.roomIds(frontDesk);
    }

    @Test
    void theEntriesThatFitAFreedSlotOldestFirst() {
        LocalDate tuesday = aTuesday();
        Instant ten = at(tuesday, 10, 0);
        // a couple session 10:00-11:20 with counsellor in room 0, cancelled: 80 minutes are free
        long freed = cancelled(book(counsellor, rooms.get(0), List.of(newClient("ACTIVE")), "COUPLE", ten));

        long anyone = add(entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL", List.of(), null, null));
        long tooLong = add(entry(List.of(newClient("ACTIVE")), counsellor, "INTAKE", List.of(), null, null));
        long otherCounsellor = add(entry(List.of(newClient("ACTIVE")), counsellor2, "INDIVIDUAL", List.of(), null, null));
        long wednesdays = add(entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL", List.of("WEDNESDAY"), null, null));
        long tuesdayMornings = add(entry(List.of(newClient("ACTIVE")), counsellor, "INDIVIDUAL",
                List.of("TUESDAY", "THURSDAY"), "10:00", "11:00"));
        long tooLate = add(entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL", List.of(), "10:30", null));
        long endsTooLate = add(entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL", List.of(), null, "10:45"));
        long busyClient = newClient("ACTIVE");
        assertEquals(201, book(counsellor2, rooms.get(1), List.of(busyClient), "INDIVIDUAL", ten.plusSeconds(1800))
                .status(), "the client is busy 10:30-11:20 with someone else");
        long busy = add(entry(List.of(busyClient), null, "INDIVIDUAL", List.of(), null, null));
        long couple = add(entry(List.of(newClient("ACTIVE"), newClient("ACTIVE")), counsellor, "COUPLE", List.of(),
                "09:00", "12:00"));

        Api.Reply matches = frontDesk.get("api/waitlist/matches?appointmentId=" + freed);
        assertEquals(200, matches.status(), matches.toString());
        List<Long> found = ids(matches.json());
        assertEquals(ten.toString(), matches.json().getJsonObject("slot").getString("start"));
        List<Long> mine = found.stream().filter(List.of(anyone, tuesdayMornings, couple)::contains).toList();
        assertEquals(List.of(anyone, tuesdayMornings, couple), mine, "those that fit, oldest first: " + matches);
        for (long refused : List.of(tooLong, otherCounsellor, wednesdays, tooLate, endsTooLate, busy)) {
            assertFalse(found.contains(refused), "entry " + refused + " does not fit: " + matches);
        }
        Api.Reply count = frontDesk.get("api/waitlist/matches/count?appointmentId=" + freed);
        assertEquals(200, count.status(), count.toString());
        assertEquals(found.size(), count.json().getInt("count"), "the calendar's count agrees with the list");

        // a slot named by counsellor and times: with counsellor2 the entry that wants counsellor2 fits
        Instant one = at(tuesday, 13, 0);
        Api.Reply byHand = frontDesk.get("api/waitlist/matches?counsellorId=" + counsellor2 + "&start=" + one
                + "&end=" + one.plusSeconds(80 * 60));
        assertEquals(200, byHand.status(), byHand.toString());
        assertTrue(ids(byHand.json()).contains(otherCounsellor), byHand.toString());
        assertFalse(ids(byHand.json()).contains(tuesdayMornings), "that one waits for counsellor: " + byHand);
    }

    @Test
    void anEnquiryMovesToTheWaitlistAndIsBookedInOneStep() throws Exception {
        LocalDate tuesday = aTuesday();
        Instant two = at(tuesday, 14, 0);
        long freed = cancelled(book(counsellor, rooms.get(0), List.of(newClient("ACTIVE")), "INTAKE", two));
        long client = newClient("ENQUIRY");
        long entry = add(entry(List.of(client), null, "INTAKE", List.of("TUESDAY"), null, null));
        assertEquals("WAITLIST", frontDesk.get("api/clients/" + client).json().getString("status"),
                "an enquiry put on the waitlist is at the waitlist stage");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_UPDATE' AND client_id = ?"
                + " AND detail LIKE '%status%'", client), "the change of stage is audited");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'WAITLIST_ADD' AND client_id = ?",
                client));
        assertEquals(200, frontDesk.get("api/waitlist/matches/count?appointmentId=" + freed).status());

        Api.Reply booked = frontDesk.post("api/waitlist/" + entry + "/book", "{\"appointmentId\":" + freed + "}");
        assertEquals(201, booked.status(), booked.toString());
        JsonObject appointment = booked.json();
        assertEquals(two.toString(), appointment.getString("start"));
        assertEquals(two.plusSeconds(90 * 60).toString(), appointment.getString("end"), "an intake lasts 90 min");
        assertEquals(counsellor, appointment.getJsonObject("counsellor").getJsonNumber("id").longValue());
        assertEquals(rooms.get(0).longValue(), appointment.getJsonObject("room").getJsonNumber("id").longValue());
        assertEquals(client, appointment.getJsonArray("clients").getJsonObject(0).getJsonNumber("id").longValue());
        long appointmentId = appointment.getJsonNumber("id").longValue();
        assertTrue(booked.location().endsWith("/api/appointments/" + appointmentId), booked.location());

        Api.Reply calendar = frontDesk.get("api/appointments?from=" + two + "&to=" + two.plusSeconds(3600)
                + "&clientId=" + client);
        assertTrue(calendar.body().contains("\"id\":" + appointmentId), "on the calendar: " + calendar);
        assertEquals("BOOKED", one("SELECT status FROM waitlist_entry WHERE id = ?", entry));
        assertEquals(appointmentId, ((Number) one("SELECT appointment_id FROM waitlist_entry WHERE id = ?", entry))
                .longValue());
        assertFalse(ids(frontDesk.get("api/waitlist").json()).contains(entry), "no longer waiting");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'WAITLIST_BOOK' AND client_id = ?",
                client));
        assertEquals("WAITLIST", frontDesk.get("api/clients/" + client).json().getString("status"),
                "booking leaves the stage to intake");

        Api.Reply again = frontDesk.post("api/waitlist/" + entry + "/book", "{\"counsellorId\":" + counsellor2
                + ",\"roomId\":" + rooms.get(1) + ",\"start\":\"" + two.plusSeconds(4 * 3600) + "\"}");
        assertEquals(409, again.status(), again.toString());
        assertTrue(again.isProblem() && again.body().contains("already booked"), again.toString());
    }

    @Test
    void racingAttemptsToBookOneEntryGiveExactlyOneAppointment() throws Exception {
        LocalDate tuesday = aTuesday();
        long client = newClient("ACTIVE");
        long entry = add(entry(List.of(client), null, "INDIVIDUAL", List.of(), null, null));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                // a different hour each, so only the entry itself stands between two bookings
                String body = "{\"counsellorId\":" + (i % 2 == 0 ? counsellor : counsellor2) + ",\"roomId\":"
                        + rooms.get(i % 2) + ",\"start\":\"" + at(tuesday, 9 + i, 0) + "\"}";
                replies.add(pool.submit(() -> frontDesk.post("api/waitlist/" + entry + "/book", body)));
            }
            int created = 0;
            List<String> other = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                if (r.status() == 201) {
                    created++;
                } else if (r.status() != 409 || !r.isProblem()) {
                    other.add(r.toString());
                }
            }
            assertEquals(List.of(), other, "the others get a clean conflict");
            assertEquals(1, created, "exactly one attempt books the entry");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT COUNT(*) FROM appointment_client ac JOIN appointment a ON a.id = ac.appointment_id"
                + " WHERE ac.client_id = ? AND a.status = 'BOOKED'", client), "one appointment for the client");
    }

    @Test
    void aConflictLeavesTheEntryWaiting() {
        LocalDate tuesday = aTuesday();
        Instant eleven = at(tuesday, 11, 0);
        long freed = cancelled(book(counsellor, rooms.get(0), List.of(newClient("ACTIVE")), "INDIVIDUAL", eleven));
        long entry = add(entry(List.of(newClient("ACTIVE")), counsellor, "INDIVIDUAL", List.of(), null, null));
        assertTrue(ids(frontDesk.get("api/waitlist/matches?appointmentId=" + freed).json()).contains(entry));

        // someone takes the counsellor's freed hour by phone before front desk gets to the waitlist
        assertEquals(201, book(counsellor, rooms.get(1), List.of(newClient("ACTIVE")), "INDIVIDUAL", eleven).status());
        assertFalse(ids(frontDesk.get("api/waitlist/matches?appointmentId=" + freed).json()).contains(entry),
                "the counsellor is busy again: no longer a match");

        Api.Reply refused = frontDesk.post("api/waitlist/" + entry + "/book", "{\"appointmentId\":" + freed + "}");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.isProblem(), refused.toString());
        assertEquals("urn:tenfold:problem:booking-conflict", refused.json().getString("type"));
        assertTrue(refused.json().getJsonArray("conflicts").stream()
                .anyMatch(c -> "COUNSELLOR".equals(c.asJsonObject().getString("resource"))), refused.toString());
        assertEquals("WAITING", one("SELECT status FROM waitlist_entry WHERE id = ?", entry));
        assertTrue(ids(frontDesk.get("api/waitlist").json()).contains(entry), "still on the list");
    }

    @Test
    void counsellorsReadTheirOwnEntriesAndChangeNothing() {
        long mine = add(entry(List.of(newClient("ACTIVE")), counsellor, "INDIVIDUAL", List.of(), null, null));
        long anyone = add(entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL", List.of(), null, null));
        Api counsellorApi = Api.as("counsellor");
        Api.Reply own = counsellorApi.get("api/waitlist");
        assertEquals(200, own.status(), own.toString());
        assertTrue(ids(own.json()).contains(mine), own.toString());
        assertFalse(ids(own.json()).contains(anyone), "only the entries that name the counsellor: " + own);
        assertTrue(own.json().getJsonArray("items").stream().allMatch(e -> e.asJsonObject()
                .getJsonObject("counsellor").getJsonNumber("id").longValue() == counsellor), own.toString());

        Api.Reply adds = counsellorApi.post("api/waitlist", entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL",
                List.of(), null, null));
        assertEquals(403, adds.status(), adds.toString());
        assertTrue(adds.isProblem(), adds.toString());
        assertEquals(403, counsellorApi.delete("api/waitlist/" + mine + "?reason=no").status());
        Api.Reply edits = counsellorApi.put("api/waitlist/" + mine, entry(List.of(), counsellor, "INTAKE", List.of(),
                null, null), "\"" + version(mine) + "\"");
        assertEquals(403, edits.status(), edits.toString());
        assertTrue(edits.isProblem(), edits.toString());
        assertEquals(401, Api.anonymous().put("api/waitlist/" + mine, "{}", "\"0\"").status());
        assertEquals("INDIVIDUAL", one("SELECT type FROM waitlist_entry WHERE id = ?", mine), "not edited");
        assertEquals(403, counsellorApi.post("api/waitlist/" + mine + "/book", "{\"appointmentId\":1}").status());
        assertEquals(403, counsellorApi.get("api/waitlist/matches?appointmentId=1").status());
        assertEquals(401, Api.anonymous().get("api/waitlist").status());
        assertEquals("WAITING", one("SELECT status FROM waitlist_entry WHERE id = ?", mine));
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingSaved() {
        long client = newClient("ENQUIRY");
        long before = count("SELECT COUNT(*) FROM waitlist_entry");
        assertInvalid(frontDesk.post("api/waitlist", entry(List.of(), null, "INDIVIDUAL", List.of(), null, null)),
                "clientIds");
        assertInvalid(frontDesk.post("api/waitlist", entry(List.of(client), null, null, List.of(), null, null)), "type");
        assertInvalid(frontDesk.post("api/waitlist", entry(List.of(client, newClient("ACTIVE"), newClient("ACTIVE")),
                null, "COUPLE", List.of(), null, null)), "clientIds");
        assertInvalid(frontDesk.post("api/waitlist", entry(List.of(client), null, "INDIVIDUAL", List.of(), "12:00",
                "09:00")), "latest");
        assertInvalid(frontDesk.post("api/waitlist", entry(List.of(client), null, "INTAKE", List.of(), "09:00",
                "10:00")), "latest");
        assertInvalid(frontDesk.post("api/waitlist", entry(List.of(client), 999_999L, "INDIVIDUAL",
                List.of(), null, null)), "counsellorId");
        assertInvalid(frontDesk.post("api/waitlist", entry(List.of(999_999_999L), null, "INDIVIDUAL", List.of(), null,
                null)), "clientIds");
        Api.Reply badTime = frontDesk.post("api/waitlist", "{\"clientIds\":[" + client + "],\"type\":\"INDIVIDUAL\","
                + "\"earliest\":\"9am\"}");
        assertEquals(400, badTime.status(), badTime.toString());
        assertTrue(badTime.isProblem(), badTime.toString());
        Api.Reply badJson = frontDesk.post("api/waitlist", "{\"clientIds\":");
        assertEquals(400, badJson.status(), badJson.toString());
        assertTrue(badJson.isProblem(), badJson.toString());
        assertEquals(before, count("SELECT COUNT(*) FROM waitlist_entry"), "nothing saved");
        assertEquals("ENQUIRY", frontDesk.get("api/clients/" + client).json().getString("status"),
                "a refused entry leaves the client's stage alone");

        long entry = add(entry(List.of(client), null, "INDIVIDUAL", List.of(), null, null));
        assertEquals("WAITLIST", status(client), "an enquiry put on the waitlist is at the waitlist stage");
        assertInvalid(frontDesk.delete("api/waitlist/" + entry), "reason");
        assertEquals(404, frontDesk.delete("api/waitlist/999999999?reason=gone").status());
        assertEquals(404, frontDesk.delete("api/waitlist/abc?reason=gone").status());
        assertInvalid(frontDesk.post("api/waitlist/" + entry + "/book", "{}"), "start");
        assertInvalid(frontDesk.post("api/waitlist/" + entry + "/book", "{\"counsellorId\":" + counsellor
                + ",\"roomId\":" + rooms.get(0) + ",\"start\":\"2020-03-03T10:00:00Z\"}"), "start");
        assertInvalid(frontDesk.get("api/waitlist/matches?appointmentId=abc"), "appointmentId");
        assertInvalid(frontDesk.get("api/waitlist/matches?counsellorId=" + counsellor + "&start=soon&end=later"),
                "start");
        long held = book(counsellor, rooms.get(0), List.of(newClient("ACTIVE")), "INDIVIDUAL", at(aTuesday(), 15, 0))
                .json().getJsonNumber("id").longValue();
        assertInvalid(frontDesk.get("api/waitlist/matches?appointmentId=" + held), "appointmentId");
        assertEquals(0, frontDesk.get("api/waitlist/matches/count?appointmentId=" + held).json().getInt("count"),
                "a slot still held fits no one");

        Api.Reply removed = frontDesk.delete("api/waitlist/" + entry + "?reason=Found%20help%20nearer%20home");
        assertEquals(200, removed.status(), removed.toString());
        assertEquals("REMOVED", removed.json().getString("status"));
        assertEquals("Found help nearer home", removed.json().getString("removedReason"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'WAITLIST_REMOVE' AND client_id = ?",
                client));
        assertEquals("ENQUIRY", status(client), "taken off the waitlist: back at the enquiry stage");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_UPDATE' AND client_id = ?"
                + " AND detail LIKE '%taken off the waitlist%'", client));
        Api.Reply twice = frontDesk.delete("api/waitlist/" + entry + "?reason=again");
        assertEquals(409, twice.status(), twice.toString());
        assertTrue(twice.isProblem(), twice.toString());
        assertEquals("ENQUIRY", status(client), "a refused removal changes nothing");
    }

    @Test
    void aClientStaysAtTheWaitlistStageWhileAnyEntryOfTheirsWaits() {
        long client = newClient("ENQUIRY");
        long active = newClient("ACTIVE");
        long first = add(entry(List.of(client, active), null, "COUPLE", List.of(), null, null));
        long second = add(entry(List.of(client), null, "INDIVIDUAL", List.of(), null, null));
        assertEquals("WAITLIST", status(client));
        assertEquals("ACTIVE", status(active), "an active client is not moved to the waitlist stage");

        assertEquals(200, frontDesk.delete("api/waitlist/" + first + "?reason=Chose%20individual%20work").status());
        assertEquals("WAITLIST", status(client), "still waiting in the other entry");
        assertEquals("ACTIVE", status(active), "an active client is not moved to the enquiry stage");

        assertEquals(200, frontDesk.delete("api/waitlist/" + second + "?reason=Found%20help%20elsewhere").status());
        assertEquals("ENQUIRY", status(client), "no entry waits any more");
    }

    private static String status(long client) {
        return frontDesk.get("api/clients/" + client).json().getString("status");
    }

    @Test
    void anEntryIsEditedAndKeepsItsPlaceInTheQueue() {
        long client = newClient("ACTIVE");
        long older = add(entry(List.of(client), null, "INTAKE", List.of(), null, null));
        long newer = add(entry(List.of(newClient("ACTIVE")), null, "INTAKE", List.of(), null, null));
        Object addedAt = one("SELECT added_at FROM waitlist_entry WHERE id = ?", older);
        long version = version(older);

        Api.Reply edited = frontDesk.put("api/waitlist/" + older, Json.createObjectBuilder()
                .add("counsellorId", counsellor).add("type", "INDIVIDUAL").add("days", Json.createArrayBuilder()
                        .add("TUESDAY").add("THURSDAY")).add("earliest", "09:00").add("latest", "12:00")
                .add("frontDeskNote", "Mornings only now").build().toString(), "\"" + version + "\"");
        assertEquals(200, edited.status(), edited.toString());
        JsonObject e = edited.json();
        assertEquals("INDIVIDUAL", e.getString("type"));
        assertEquals(counsellor, e.getJsonObject("counsellor").getJsonNumber("id").longValue());
        assertEquals(List.of("TUESDAY", "THURSDAY"), e.getJsonArray("days").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("09:00", e.getString("earliest"));
        assertEquals("12:00", e.getString("latest"));
        assertEquals("Mornings only now", e.getString("frontDeskNote"));
        assertEquals("WAITING", e.getString("status"));
        assertEquals(client, e.getJsonArray("clients").getJsonObject(0).getJsonNumber("id").longValue(),
                "the same client waits");
        assertEquals(version + 1, e.getJsonNumber("version").longValue());
        assertEquals("\"" + (version + 1) + "\"", edited.etag(), "the new version in the ETag");

        assertEquals(addedAt, one("SELECT added_at FROM waitlist_entry WHERE id = ?", older), "added when it was");
        assertEquals("INDIVIDUAL", one("SELECT type FROM waitlist_entry WHERE id = ?", older));
        assertEquals(counsellor, count("SELECT counsellor_id FROM waitlist_entry WHERE id = ?", older));
        assertEquals(2 + 8, count("SELECT preferred_days FROM waitlist_entry WHERE id = ?", older), "Tue and Thu");
        List<Long> waiting = ids(frontDesk.get("api/waitlist").json());
        assertTrue(waiting.indexOf(older) >= 0 && waiting.indexOf(older) < waiting.indexOf(newer),
                "still ahead of the entry added after it: " + waiting);
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'WAITLIST_EDIT' AND client_id = ?"
                + " AND entity_id = ? AND actor = 'frontdesk'", client, String.valueOf(older)), "the edit is audited");
        String detail = (String) one("SELECT detail FROM audit_event WHERE action = 'WAITLIST_EDIT' AND client_id = ?",
                client);
        assertTrue(detail.contains("counsellor") && detail.contains("type INDIVIDUAL") && detail.contains("days")
                && detail.contains("times") && detail.contains("note"), detail);
        assertFalse(detail.contains("Mornings"), "the note's text stays out of the audit trail: " + detail);

        // the edit changes what fits: a Tuesday 10:00 hour with the counsellor now fits, 50 minutes long
        Instant ten = at(aTuesday(), 10, 0);
        Api.Reply matches = frontDesk.get("api/waitlist/matches?counsellorId=" + counsellor + "&start=" + ten
                + "&end=" + ten.plusSeconds(50 * 60));
        assertTrue(ids(matches.json()).contains(older), "an individual session fits 50 minutes now: " + matches);

        // administrators edit too; the clients may be named again, unchanged
        Api.Reply byAdmin = Api.as("admin").put("api/waitlist/" + older, "{\"clientIds\":[" + client
                + "],\"type\":\"INDIVIDUAL\"}", "W/\"" + (version + 1) + "\"");
        assertEquals(200, byAdmin.status(), byAdmin.toString());
        assertFalse(byAdmin.json().containsKey("counsellor"), "anyone now: " + byAdmin);
        assertEquals(0, byAdmin.json().getJsonArray("days").size(), "any day now");
        assertEquals(addedAt, one("SELECT added_at FROM waitlist_entry WHERE id = ?", older));
    }

    @Test
    void aBadEditIsRefusedWithFieldErrorsAndNothingChanges() {
        long client = newClient("ACTIVE");
        long entry = add(entry(List.of(client), counsellor, "INDIVIDUAL", List.of("MONDAY"), "09:00", "12:00"));
        String ifMatch = "\"" + version(entry) + "\"";
        List<Object> before = row(entry);

        assertInvalid(frontDesk.put("api/waitlist/" + entry, "{\"type\":null}", ifMatch), "type");
        assertInvalid(frontDesk.put("api/waitlist/" + entry, entry(List.of(), null, "INDIVIDUAL", List.of(), "12:00",
                "09:00"), ifMatch), "latest");
        assertInvalid(frontDesk.put("api/waitlist/" + entry, entry(List.of(), null, "INTAKE", List.of(), "09:00",
                "10:00"), ifMatch), "latest");
        assertInvalid(frontDesk.put("api/waitlist/" + entry, entry(List.of(), 999_999L, "INDIVIDUAL", List.of(),
                null, null), ifMatch), "counsellorId");
        assertInvalid(frontDesk.put("api/waitlist/" + entry, "{\"type\":\"INDIVIDUAL\",\"frontDeskNote\":\""
                + "x".repeat(1001) + "\"}", ifMatch), "frontDeskNote");
        assertInvalid(frontDesk.put("api/waitlist/" + entry, entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL",
                List.of(), null, null), ifMatch), "clientIds");
        assertInvalid(frontDesk.put("api/waitlist/" + entry, entry(List.of(client, newClient("ACTIVE")), null,
                "COUPLE", List.of(), null, null), ifMatch), "clientIds");
        assertInvalid(frontDesk.put("api/waitlist/" + entry, "{\"clientIds\":[null],\"type\":\"INDIVIDUAL\"}",
                ifMatch), "clientIds");
        Api.Reply badTime = frontDesk.put("api/waitlist/" + entry, "{\"type\":\"INDIVIDUAL\",\"earliest\":\"9am\"}",
                ifMatch);
        assertEquals(400, badTime.status(), badTime.toString());
        assertTrue(badTime.isProblem(), badTime.toString());
        Api.Reply badJson = frontDesk.put("api/waitlist/" + entry, "{\"type\":", ifMatch);
        assertEquals(400, badJson.status(), badJson.toString());
        assertTrue(badJson.isProblem(), badJson.toString());
        String good = entry(List.of(), null, "INDIVIDUAL", List.of(), null, null);
        Api.Reply noVersion = frontDesk.put("api/waitlist/" + entry, good, null);
        assertEquals(428, noVersion.status(), noVersion.toString());
        assertTrue(noVersion.isProblem(), noVersion.toString());
        assertEquals(404, frontDesk.put("api/waitlist/999999999", good, "\"0\"").status());
        assertEquals(404, frontDesk.put("api/waitlist/abc", good, "\"0\"").status());

        assertEquals(before, row(entry), "nothing changed");
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'WAITLIST_EDIT' AND client_id = ?",
                client), "nothing to audit");
    }

    @Test
    void aStaleEditIsRefusedAndTheFirstOneStands() {
        long client = newClient("ACTIVE");
        long entry = add(entry(List.of(client), null, "INDIVIDUAL", List.of(), null, null));
        String read = "\"" + version(entry) + "\"";
        Api.Reply first = frontDesk.put("api/waitlist/" + entry, entry(List.of(), null, "INDIVIDUAL",
                List.of("FRIDAY"), null, null), read);
        assertEquals(200, first.status(), first.toString());
        List<Object> afterFirst = row(entry);

        // a second person, still looking at what they read before the first edit, saves theirs
        Api.Reply second = Api.as("admin").put("api/waitlist/" + entry, entry(List.of(), counsellor2, "COUPLE",
                List.of("MONDAY"), null, null), read);
        assertEquals(412, second.status(), second.toString());
        assertTrue(second.isProblem(), second.toString());
        assertEquals("urn:tenfold:problem:stale", second.json().getString("type"));
        assertTrue(second.json().getString("detail").contains("changed by someone else"), second.toString());
        assertEquals(afterFirst, row(entry), "the first edit stands, nothing of the second was written");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'WAITLIST_EDIT' AND client_id = ?",
                client), "only the first edit is audited");
    }

    @Test
    void anEntryNoLongerWaitingIsNotEdited() {
        long removedClient = newClient("ACTIVE");
        long removed = add(entry(List.of(removedClient), null, "INDIVIDUAL", List.of(), null, null));
        long read = version(removed);
        assertEquals(200, frontDesk.delete("api/waitlist/" + removed + "?reason=Found%20help%20elsewhere").status());
        String change = entry(List.of(), counsellor, "INDIVIDUAL", List.of("MONDAY"), null, null);
        for (long version : List.of(read, version(removed))) {
            Api.Reply refused = frontDesk.put("api/waitlist/" + removed, change, "\"" + version + "\"");
            assertEquals(409, refused.status(), refused.toString());
            assertTrue(refused.isProblem() && refused.body().contains("off the list"), refused.toString());
        }
        assertEquals("REMOVED", one("SELECT status FROM waitlist_entry WHERE id = ?", removed));
        assertEquals(0, count("SELECT preferred_days FROM waitlist_entry WHERE id = ?", removed), "unchanged");

        long bookedEntry = add(entry(List.of(newClient("ACTIVE")), null, "INDIVIDUAL", List.of(), null, null));
        long before = version(bookedEntry);
        Api.Reply booked = frontDesk.post("api/waitlist/" + bookedEntry + "/book", "{\"counsellorId\":" + counsellor
                + ",\"roomId\":" + rooms.get(0) + ",\"start\":\"" + at(aTuesday(), 16, 0) + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        Api.Reply refused = frontDesk.put("api/waitlist/" + bookedEntry, change, "\"" + before + "\"");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.isProblem() && refused.body().contains("already booked"), refused.toString());
        assertEquals("BOOKED", one("SELECT status FROM waitlist_entry WHERE id = ?", bookedEntry));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE action = 'WAITLIST_EDIT' AND client_id = ?",
                removedClient));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static void assertInvalid(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), reply.toString());
        assertTrue(reply.json().getJsonObject("errors").containsKey(field), field + " named: " + reply);
    }

    private static String entry(List<Long> clients, Long counsellorId, String type, List<String> days, String earliest,
            String latest) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        clients.forEach(ids::add);
        JsonArrayBuilder dayList = Json.createArrayBuilder();
        days.forEach(dayList::add);
        var b = Json.createObjectBuilder().add("clientIds", ids).add("days", dayList)
                .add("frontDeskNote", "Best reached by phone after 17:00");
        if (type != null) {
            b.add("type", type);
        }
        if (counsellorId != null) {
            b.add("counsellorId", counsellorId);
        }
        if (earliest != null) {
            b.add("earliest", earliest);
        }
        if (latest != null) {
            b.add("latest", latest);
        }
        return b.build().toString();
    }

    private static long add(String entry) {
        Api.Reply r = frontDesk.post("api/waitlist", entry);
        assertEquals(201, r.status(), r.toString());
        assertEquals("WAITING", r.json().getString("status"));
        return r.json().getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonObject list) {
        return list.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static Api.Reply book(long counsellorId, long roomId, List<Long> clients, String type, Instant start) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        clients.forEach(ids::add);
        return frontDesk.post("api/appointments", Json.createObjectBuilder().add("counsellorId", counsellorId)
                .add("roomId", roomId).add("clientIds", ids).add("type", type).add("start", start.toString()).build()
                .toString());
    }

    private static long cancelled(Api.Reply booked) {
        assertEquals(201, booked.status(), booked.toString());
        long id = booked.json().getJsonNumber("id").longValue();
        Api.Reply cancelled = frontDesk.post("api/appointments/" + id + "/cancel", "{\"reason\":\"Client moved away\"}");
        assertEquals(200, cancelled.status(), cancelled.toString());
        return id;
    }

    private static long newClient(String status) {
        String unique = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        Api.Reply r = frontDesk.post("api/clients", "{\"legalFirstName\":\"Waiting\",\"legalLastName\":\"Test" + unique
                + "\",\"status\":\"" + status + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    /** A Tuesday of a week that is this call's alone, so tests never meet each other's appointments. */
    private static LocalDate aTuesday() {
        return TestDays.fresh(DayOfWeek.TUESDAY);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(CLINIC).toInstant();
    }

    private static long version(long entry) {
        return count("SELECT version FROM waitlist_entry WHERE id = ?", entry);
    }

    /** What an edit may change, with the version and the time added, as stored. */
    private static List<Object> row(long entry) {
        List<Object> row = new ArrayList<>();
        for (String column : List.of("counsellor_id", "type", "preferred_days", "earliest_time", "latest_time",
                "front_desk_note", "status", "added_at", "version")) {
            row.add(one("SELECT " + column + " FROM waitlist_entry WHERE id = ?", entry));
        }
        return row;
    }

    private static long count(String sql, Object... params) {
        return ((Number) one(sql, params)).longValue();
    }

    private static Object one(String sql, Object... params) {
        return TestServer.queryOne(sql, params);
    }
}
