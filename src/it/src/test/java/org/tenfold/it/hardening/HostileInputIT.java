package org.tenfold.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.tenfold.it.api.ClientData;

/**
 * Input that once gave a 500 with a stack trace, or was wrongly accepted: each now gets a 4xx problem
 * body, nothing is stored, and the server log shows no error for any of them.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static Api frontDesk;
    private static long counsellor;
    private static long room;
    private static long client;
    private static String start;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void data() {
        frontDesk = Api.as("frontdesk");
        Api admin = Api.as("admin");
        counsellor = DemoClinic.id(DemoClinic.staff(admin).get("counsellor2"));
        room = DemoClinic.roomIds(frontDesk).get(0);
        client = DemoClinic.id(ClientData.create(frontDesk, ClientData.client("Hostile", ClientData.uniqueWord("Input"))));
        start = TestDays.freshWeekday().atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
    }

    private static String booking(String counsellorJson, String clientIdsJson, String startJson) {
        return "{\"counsellorId\":" + counsellorJson + ",\"roomId\":" + room + ",\"clientIds\":" + clientIdsJson
                + ",\"type\":\"INDIVIDUAL\",\"start\":" + startJson + "}";
    }

    @Test
    void everyHostileInputIsA4xxProblemAndLeavesNoErrorInTheServerLog() {
        ServerLog log = ServerLog.fromNow();
        long appointmentsBefore = count("SELECT COUNT(*) FROM appointment");
        long clientsBefore = count("SELECT COUNT(*) FROM client");
        List<String> sent = new ArrayList<>();
        String q = "\"" + start + "\"";

        // bookings: a null in the list of clients, a counsellor id with a fraction, an id as text
        expect(400, frontDesk.post("api/appointments", booking(String.valueOf(counsellor), "[null]", q)), sent, "[null]");
        expect(400, frontDesk.post("api/appointments", booking(counsellor + ".5", "[" + client + "]", q)), sent, "1.5");
        expect(400, frontDesk.post("api/appointments", booking("\"" + counsellor + "\"", "[" + client + "]", q)), sent,
                "id as text");
        expect(400, frontDesk.post("api/appointments", booking(String.valueOf(counsellor), "[" + client + ".0001]", q)),
                sent, "client id with a fraction");
        expect(400, frontDesk.post("api/appointments", booking(String.valueOf(counsellor), "[" + client + "]",
                "\"+1000000000-01-01T09:00:00Z\"")), sent, "start in year 1e9");
        expect(400, frontDesk.post("api/appointments", booking(String.valueOf(counsellor), "[" + client + "]",
                "\"0000-01-01T09:00:00Z\"")), sent, "start in year 0");

        // the edges of what Java can hold, in the calendar, free-slot and move requests
        for (String from : List.of("-999999999-01-01T00:00:00Z", "%2B1000000000-01-01T00:00:00Z",
                "1899-12-31T00:00:00Z", "2201-01-01T00:00:00Z")) {
            expect(400, frontDesk.get("api/appointments?from=" + from + "&to=2026-01-02T00:00:00Z"), sent, from);
        }
        for (String day : List.of("-999999999-01-01", "%2B1000000000-01-01", "0000-01-01", "9999-12-31")) {
            expect(400, frontDesk.get("api/appointments/free-slots?counsellorId=" + counsellor + "&from=" + day), sent,
                    "free-slots " + day);
        }
        Api.Reply valid = frontDesk.post("api/appointments", booking(String.valueOf(counsellor), "[" + client + "]", q));
        assertEquals(201, valid.status(), valid.toString());
        String booked = valid.json().get("id").toString();
        long bookedVersion = valid.json().getJsonNumber("version").longValue();
        for (String to : List.of("-999999999-01-01T09:00:00Z", "+1000000000-01-01T09:00:00Z")) {
            expect(400, frontDesk.post("api/appointments/" + booked + "/move", "{\"start\":\"" + to + "\"}",
                    "\"" + bookedVersion + "\""), sent, "move to " + to);
        }

        // a weekly series reaching year 10000, and one that ends before it starts
        expect(400, frontDesk.post("api/appointments/series", booking(String.valueOf(counsellor), "[" + client + "]",
                "\"9999-12-02T09:00:00Z\"").replace("}", ",\"recurrence\":\"WEEKLY\",\"count\":10}")), sent,
                "series into year 10000");
        LocalDate first = LocalDate.parse(start.substring(0, 10));
        expect(400, frontDesk.post("api/appointments/series", booking(String.valueOf(counsellor), "[" + client + "]", q)
                .replace("}", ",\"recurrence\":\"WEEKLY\",\"until\":\"" + first.minusDays(7) + "\"}")), sent,
                "series ending before it starts");

        // clients: a birth date at Java's edge, year 0000, a name that is a list
        for (String dob : List.of("-999999999-01-01", "0000-01-01", "1899-12-31", "2026-02-30")) {
            expect(400, frontDesk.post("api/clients", ClientData.client("Hostile", ClientData.uniqueWord("Dob"))
                    .add("dateOfBirth", dob).build().toString()), sent, "dateOfBirth " + dob);
        }
        expect(400, frontDesk.post("api/clients", "{\"legalFirstName\":[\"a\"],\"legalLastName\":\"List\","
                + "\"dateOfBirth\":\"1990-01-01\",\"status\":\"ENQUIRY\"}"), sent, "name as a list");
        expect(400, frontDesk.post("api/clients", "{\"legalFirstName\":7,\"legalLastName\":\"Number\","
                + "\"dateOfBirth\":\"1990-01-01\",\"status\":\"ENQUIRY\"}"), sent, "name as a number");

        // ids in other scripts' digits open nothing
        for (String id : List.of("\uff11", "\u0661", "\u0967", client + "\u0660")) {
            Api.Reply r = frontDesk.get("api/clients/" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
            expect(404, r, sent, "id " + id);
        }

        // a malformed If-Match is 412 on every endpoint that takes one
        String malformed = "\"v1\"";
        String clientJson = frontDesk.get("api/clients/" + client).body();
        expect(412, frontDesk.put("api/clients/" + client, clientJson, malformed), sent, "If-Match on a client");
        expect(412, frontDesk.put("api/clients/" + client, clientJson, "W/\"1; DROP\""), sent, "If-Match W/ junk");
        expect(412, frontDesk.put("api/clients/" + client, clientJson, "\"+1\""), sent, "If-Match with a sign");
        expect(412, frontDesk.post("api/appointments/" + booked + "/move", "{\"start\":\"" + start + "\"}", malformed),
                sent, "If-Match on a move");

        // dot segments and encoded slashes never cross from the API to a screen
        HttpResponse<String> crossed = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl()
                + "api/clients/..%2F..%2Findex.xhtml")).header("Authorization", "Bearer " + frontDesk.token()).GET());
        assertEquals(400, crossed.statusCode(), crossed.body());
        assertTrue(crossed.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(crossed.headers().allValues("Set-Cookie").isEmpty(), "no screen session: " + crossed.headers());
        assertFalse(crossed.body().contains("currentUser"), "no screen served");
        sent.add("..%2F");
        for (String path : List.of("api/clients/%2e%2e/%2e%2e/index.xhtml", "api/clients;x=1/..;/index.xhtml",
                "api/clients/..%5C..%5Cindex.xhtml", "api/clients/%252e%252e/index.xhtml")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                    .header("Authorization", "Bearer " + frontDesk.token()).GET());
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + ": " + r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("currentUser"), path + ": no screen served");
            assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), path + ": no session");
            sent.add(path);
        }

        assertEquals(appointmentsBefore + 1, count("SELECT COUNT(*) FROM appointment"), "only the one valid booking");
        assertEquals(clientsBefore, count("SELECT COUNT(*) FROM client"), "no client stored");

        // a request whose refusal the server logs at INFO marks the end of what the test sent
        String marker = "marker-" + UUID.randomUUID();
        HttpResponse<String> foreign = send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "api/clients"))
                .header("Origin", "https://" + marker + ".example").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(403, foreign.statusCode(), foreign.body());
        ServerLog.assertClean(log.untilMarker(marker), sent);
    }

    private static void expect(int status, Api.Reply reply, List<String> sent, String what) {
        sent.add(what);
        assertEquals(status, reply.status(), what + ": " + reply);
        assertTrue(reply.isProblem(), what + ": a problem body: " + reply);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), what + ": " + reply);
    }

    private static long count(String sql) {
        return ((Number) TestServer.queryOne(sql)).longValue();
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return TestServer.httpClient(HttpClient.Redirect.NEVER).send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
