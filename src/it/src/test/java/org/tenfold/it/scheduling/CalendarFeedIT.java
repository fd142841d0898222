package org.tenfold.it.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenfold.it.api.ClientData.assertProblem;
import static org.tenfold.it.api.ClientData.count;
import static org.tenfold.it.api.ClientData.text;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * A counsellor's calendar feed through the API and its secret address: exactly their appointments
 * in the window, discreetly named (never a surname or a front-desk note), valid iCalendar; a new
 * address ends the old one, revoking or deactivating the owner ends it too; only staff who take
 * appointments have one.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedIT {

    private static final String FEED = "api/me/calendar-feed";
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static Api admin;
    private static Api frontDesk;
    private static long room;
    private static String roomName;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void setUp() {
        admin = ClientData.signedIn("admin");
        frontDesk = ClientData.signedIn("frontdesk");
        roomName = "Feed room " + ClientData.uniqueWord("");
        Api.Reply r = admin.post("api/rooms", Json.createObjectBuilder().add("name", roomName).build().toString());
        assertEquals(201, r.status(), r.toString());
        room = r.json().getJsonNumber("id").longValue();
    }

    @Test
    void theFeedHoldsExactlyTheCounsellorsAppointmentsInItsWindowDiscreetly() throws Exception {
        String username = CalendarFeeds.uniqueUsername("feed");
        long counsellor = CalendarFeeds.newCounsellor(admin, username);
        long other = CalendarFeeds.newCounsellor(admin, CalendarFeeds.uniqueUsername("other"));
        String joSurname = ClientData.uniqueWord("Quill");
        String alexSurname = ClientData.uniqueWord("Vantreight");
        String samSurname = ClientData.uniqueWord("Ebbersley");
        String robinSurname = ClientData.uniqueWord("Yarrowby");
        String note = "Parks at the back " + ClientData.uniqueWord("");
        String cancelReason = "Unwell " + ClientData.uniqueWord("");
        String videoLink = "https://video.example.org/" + ClientData.uniqueWord("room");
        long jo = client("Joanna", "Jo", joSurname);
        long alex = client("Alex", null, alexSurname);
        long sam = client("Sam", null, samSurname);
        long robin = client("Robin", null, robinSurname);

        Instant base = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(20, ChronoUnit.DAYS).plus(10, ChronoUnit.HOURS);
        long individual = book(counsellor, room, null, List.of(jo), "INDIVIDUAL", base, note);
        long couple = book(counsellor, null, videoLink, List.of(alex, sam), "COUPLE", base.plus(1, ChronoUnit.DAYS), null);
        long cancelled = book(counsellor, room, null, List.of(robin), "INTAKE", base.plus(2, ChronoUnit.DAYS), null);
        Api.Reply cancel = frontDesk.post("api/appointments/" + cancelled + "/cancel",
                Json.createObjectBuilder().add("reason", cancelReason).build().toString());
        assertEquals(200, cancel.status(), cancel.toString());
        long past = book(counsellor, room, null, List.of(robin), "INDIVIDUAL", base.minus(30, ChronoUnit.DAYS), null);
        long tooFarBack = book(counsellor, room, null, List.of(robin), "INDIVIDUAL", base.minus(60, ChronoUnit.DAYS), null);
        long tooFarAhead = book(counsellor, room, null, List.of(robin), "INDIVIDUAL", base.plus(170, ChronoUnit.DAYS),
                null);
        long othersAppointment = book(other, null, videoLink, List.of(jo), "INDIVIDUAL", base.plus(3, ChronoUnit.HOURS),
                null);

        Api owner = Api.as(username, CalendarFeeds.PASSWORD);
        Api.Reply created = owner.post(FEED, "{}");
        assertEquals(201, created.status(), created.toString());
        String url = created.json().getString("url");
        assertEquals("INITIALS", created.json().getString("detail"), "initials unless asked otherwise");
        assertTrue(url.startsWith(TestServer.baseUrl() + "feeds/") && url.endsWith(".ics"), url);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "256 random bits, URL-safe: " + token);
        assertEquals(1, count("SELECT COUNT(*) FROM calendar_feed WHERE staff_id = ? AND token_hash = ?", counsellor,
                sha256(token)), "only the hash is stored");

        CalendarFeeds.Read read = CalendarFeeds.read(url);
        assertEquals(200, read.status(), read.toString());
        assertEquals("text/calendar;charset=utf-8", read.contentType().replace(" ", "").toLowerCase());
        assertTrue(read.cacheControl().contains("private") && read.cacheControl().contains("no-cache"),
                "kept by the app only, and revalidated: " + read.cacheControl());
        assertTrue(read.etag() != null && read.etag().matches("\"[0-9a-f]{32}\""), "a strong validator: " + read);
        String body = read.body();
        for (String secret : List.of(joSurname, alexSurname, samSurname, robinSurname, note, cancelReason, videoLink,
                "Joanna", "Jo ", "Alex", "Robin", token)) {
            assertFalse(body.toLowerCase().contains(secret.toLowerCase()), "the feed must not contain " + secret);
        }
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertFalse(body.replace("\r\n", "").contains("\n"), "CRLF line ends only");

        Calendar calendar = CalendarFeeds.parse(body);
        assertTrue(calendar.validate().getEntries().isEmpty(), "valid iCalendar: " + calendar.validate());
        Map<String, Map<String, String>> events = CalendarFeeds.events(calendar);
        // the clinic's configured host (the test server's TENFOLD_CLINIC_HOST), not the address that was used
        String host = "@clinic.test";
        assertEquals(List.of(uid(cancelled, host), uid(couple, host), uid(individual, host), uid(past, host)).stream()
                .sorted().toList(), List.copyOf(events.keySet()),
                "this counsellor's appointments in the window, no one else's, none outside it: " + body);
        assertFalse(body.contains(uid(tooFarBack, host)) || body.contains(uid(tooFarAhead, host))
                || body.contains(uid(othersAppointment, host)));

        Map<String, String> one = events.get(uid(individual, host));
        assertEquals(ICS_UTC.format(base), one.get("DTSTART"));
        assertEquals(ICS_UTC.format(base.plus(50, ChronoUnit.MINUTES)), one.get("DTEND"));
        assertEquals("J. " + joSurname.charAt(0) + ". · Individual", one.get("SUMMARY"));
        assertEquals(roomName, one.get("LOCATION"));
        assertEquals("CONFIRMED", one.get("STATUS"));
        assertTrue(one.get("SEQUENCE").matches("\\d+"), one.toString());

        Map<String, String> two = events.get(uid(couple, host));
        assertEquals("A. " + alexSurname.charAt(0) + ". & S. " + samSurname.charAt(0) + ". · Couple", two.get("SUMMARY"));
        assertEquals("Video", two.get("LOCATION"));
        assertEquals(ICS_UTC.format(base.plus(1, ChronoUnit.DAYS).plus(80, ChronoUnit.MINUTES)), two.get("DTEND"));

        Map<String, String> off = events.get(uid(cancelled, host));
        assertEquals("CANCELLED", off.get("STATUS"), "a cancelled appointment is marked so calendars drop it");
        assertEquals("Cancelled: R. " + robinSurname.charAt(0) + ". · Intake", off.get("SUMMARY"));
        assertEquals("TRANSPARENT", off.get("TRANSP"));
        assertEquals(Long.parseLong(one.get("SEQUENCE")) + 1, Long.parseLong(off.get("SEQUENCE")),
                "the cancellation raised the sequence (both were booked the same way): " + off);

        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CALENDAR_FEED_CREATE' AND entity_id = ?",
                String.valueOf(counsellor)));
        String audited = text("SELECT detail FROM audit_event WHERE action = 'CALENDAR_FEED_READ' AND entity_id = ?"
                + " ORDER BY id DESC LIMIT 1", String.valueOf(counsellor));
        assertTrue(audited != null && audited.contains("4 appointments"), "each read is audited with a count: " + audited);
        assertNull(text("SELECT client_id FROM audit_event WHERE action = 'CALENDAR_FEED_READ' AND entity_id = ?"
                + " LIMIT 1", String.valueOf(counsellor)), "no client in the read's audit row");

        // polling: the same copy is not sent again; through another address the events keep their UIDs
        CalendarFeeds.Read unchanged = CalendarFeeds.read(url, read.etag());
        assertEquals(304, unchanged.status(), unchanged.toString());
        assertEquals("", unchanged.body(), "no body when nothing changed");
        assertEquals(read.etag(), unchanged.etag());
        CalendarFeeds.Read elsewhere = CalendarFeeds.read(url.replace("://localhost:", "://127.0.0.1:"));
        assertEquals(200, elsewhere.status(), elsewhere.toString());
        assertEquals(events.keySet(), CalendarFeeds.events(CalendarFeeds.parse(elsewhere.body())).keySet(),
                "the UIDs do not depend on the address a calendar app uses");
        Api.Reply moved = frontDesk.post("api/appointments/" + past + "/cancel",
                Json.createObjectBuilder().add("reason", "Moved away").build().toString());
        assertEquals(200, moved.status(), moved.toString());
        CalendarFeeds.Read changed = CalendarFeeds.read(url, read.etag());
        assertEquals(200, changed.status(), "a change in the feed is sent in full: " + changed.status());
        assertNotEquals(read.etag(), changed.etag());
        assertEquals("CANCELLED", CalendarFeeds.events(CalendarFeeds.parse(changed.body())).get(uid(past, host))
                .get("STATUS"));

        // first names on request: still no surname, and the address stays the same
        Api.Reply firstNames = owner.put(FEED, "{\"detail\":\"FIRST_NAMES\"}", null);
        assertEquals(200, firstNames.status(), firstNames.toString());
        String named = CalendarFeeds.read(url).body();
        Map<String, Map<String, String>> namedEvents = CalendarFeeds.events(CalendarFeeds.parse(named));
        assertEquals("Jo · Individual", namedEvents.get(uid(individual, host)).get("SUMMARY"), "the preferred name");
        assertEquals("Alex & Sam · Couple", namedEvents.get(uid(couple, host)).get("SUMMARY"));
        for (String surname : List.of(joSurname, alexSurname, samSurname, robinSurname)) {
            assertFalse(named.toLowerCase().contains(surname.toLowerCase()), "no surname with first names either");
        }
        JsonObject status = owner.get(FEED).json();
        assertEquals("FIRST_NAMES", status.getString("detail"));
        assertTrue(status.containsKey("lastReadAt") && !status.containsKey("url"), "the address is never shown again: "
                + status);
    }

    @Test
    void aNewAddressRevokingAndDeactivationEachEndTheOldOne() throws Exception {
        String username = CalendarFeeds.uniqueUsername("regen");
        long counsellor = CalendarFeeds.newCounsellor(admin, username);
        Api owner = Api.as(username, CalendarFeeds.PASSWORD);
        String first = owner.post(FEED, "{\"detail\":\"initials\"}").json().getString("url");
        assertEquals(200, CalendarFeeds.read(first).status());

        Api.Reply again = owner.post(FEED, "");
        assertEquals(200, again.status(), "a new address for the existing feed: " + again);
        assertTrue(again.json().getBoolean("replaced"));
        String second = again.json().getString("url");
        assertNotEquals(first, second);
        CalendarFeeds.Read old = CalendarFeeds.read(first);
        assertEquals(404, old.status(), "the old address stops at once");
        assertEquals(200, CalendarFeeds.read(second).status());

        // an unknown token, a malformed one and a revoked one look exactly alike
        String unknown = TestServer.baseUrl() + "feeds/" + "A".repeat(43) + ".ics";
        CalendarFeeds.Read never = CalendarFeeds.read(unknown);
        CalendarFeeds.Read malformed = CalendarFeeds.read(TestServer.baseUrl() + "feeds/not-a-token.ics");
        CalendarFeeds.Read nested = CalendarFeeds.read(TestServer.baseUrl() + "feeds/x/" + "A".repeat(43) + ".ics");
        assertEquals(404, never.status());
        assertEquals(404, malformed.status());
        assertEquals(404, nested.status());
        assertEquals(old.body(), malformed.body());
        assertEquals(old.body(), never.body());
        assertEquals(old.contentType(), never.contentType());
        assertFalse(old.contentType().contains("calendar"), old.toString());

        assertEquals(204, owner.delete(FEED).status());
        assertEquals(404, CalendarFeeds.read(second).status(), "revoked");
        assertProblem(owner.delete(FEED), 404, "not-found");
        assertProblem(owner.get(FEED), 404, "not-found");

        String third = owner.post(FEED, "{}").json().getString("url");
        assertEquals(200, CalendarFeeds.read(third).status());
        assertEquals(200, admin.post("api/staff/" + counsellor + "/deactivate", "{}").status());
        assertEquals(404, CalendarFeeds.read(third).status(), "a deactivated counsellor's feed stops");
        assertEquals(200, admin.post("api/staff/" + counsellor + "/reactivate", "{}").status());
        assertEquals(404, CalendarFeeds.read(third).status(), "reactivating does not revive the old address");
        assertEquals(0, count("SELECT COUNT(*) FROM calendar_feed WHERE staff_id = ?", counsellor));

        for (String action : List.of("CALENDAR_FEED_CREATE", "CALENDAR_FEED_REGENERATE", "CALENDAR_FEED_REVOKE")) {
            assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE action = ? AND entity_id = ? AND actor = ?", action,
                    String.valueOf(counsellor), username) > 0, action + " is audited");
        }
    }

    @Test
    void onlyStaffWhoTakeAppointmentsHaveAFeed() throws Exception {
        JsonObject refused = assertProblem(frontDesk.post(FEED, "{}"), 403, "forbidden");
        assertFalse(refused.toString().contains("url"), refused.toString());
        assertProblem(admin.post(FEED, "{}"), 403, "forbidden");
        assertProblem(frontDesk.get(FEED), 403, "forbidden");
        assertProblem(Api.anonymous().post(FEED, "{}"), 401, "unauthorized");

        String username = CalendarFeeds.uniqueUsername("rules");
        CalendarFeeds.newCounsellor(admin, username);
        Api owner = Api.as(username, CalendarFeeds.PASSWORD);
        JsonObject bad = assertProblem(owner.post(FEED, "{\"detail\":\"SURNAMES\"}"), 400, "invalid-input");
        assertTrue(bad.getJsonObject("errors").containsKey("detail"), bad.toString());
        assertProblem(owner.post(FEED, "[\"detail\""), 400, "malformed-json");
        assertProblem(owner.put(FEED, "{}", null), 400, "invalid-input");
        assertProblem(owner.put(FEED, "{\"detail\":\"FIRST_NAMES\"}", null), 404, "not-found");
        assertProblem(owner.get(FEED), 404, "not-found");

        // a supervisor takes appointments too
        Api supervisor = Api.as("supervisor");
        Api.Reply own = supervisor.post(FEED, "{}");
        assertTrue(own.status() == 201 || own.status() == 200, own.toString());
        assertEquals(200, CalendarFeeds.read(own.json().getString("url")).status());
        assertEquals(204, supervisor.delete(FEED).status());
    }

    private static long client(String first, String preferred, String last) {
        var body = ClientData.client(first, last);
        if (preferred != null) {
            body.add("preferredName", preferred);
        }
        return ClientData.create(frontDesk, body).getJsonNumber("id").longValue();
    }

    private static long book(long counsellor, Long roomId, String videoLink, List<Long> clients, String type,
            Instant start, String note) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        clients.forEach(ids::add);
        var body = Json.createObjectBuilder().add("counsellorId", counsellor).add("clientIds", ids).add("type", type)
                .add("start", start.toString());
        if (roomId != null) {
            body.add("roomId", roomId);
        } else {
            body.add("videoLink", videoLink);
        }
        if (note != null) {
            body.add("frontDeskNote", note);
        }
        Api.Reply r = frontDesk.post("api/appointments", body.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static String uid(long appointment, String host) {
        return "appointment-" + appointment + host;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
