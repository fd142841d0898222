package org.tenfold.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;

/**
 * Test data and small checks shared by the API tests: clients with names no other test uses,
 * URL encoding, problem bodies, and reads straight from the database.
 */
public final class ClientData {

    /** The shape of a chart number: C-000123. */
    public static final Pattern CHART_NUMBER = Pattern.compile("C-\\d{6,}");

    /** What the API adds to a client; not part of what a caller sends back. */
    private static final Set<String> READ_ONLY = Set.of("id", "chartNumber", "version", "displayName", "createdAt",
            "updatedAt");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<String, Api> SIGNED_IN = new ConcurrentHashMap<>();

    private ClientData() {
    }

    /**
     * A demo account signed in once per test JVM (the password hash is deliberately slow). Never
     * revoke these tokens: tests that revoke sign in with {@link Api#as(String)} themselves.
     */
    public static Api signedIn(String username) {
        return SIGNED_IN.computeIfAbsent(username, Api::as);
    }

    /** A word of letters that no other test (and no demo client) starts with: "Itkqzvmwpa". */
    public static String uniqueWord(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            b.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return b.toString();
    }

    /** Random digits, for phone numbers only this test uses. */
    public static String digits(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return b.toString();
    }

    /** The minimum a new client needs, plus a date of birth. */
    public static JsonObjectBuilder client(String firstName, String lastName) {
        return Json.createObjectBuilder().add("legalFirstName", firstName).add("legalLastName", lastName)
                .add("dateOfBirth", "1990-04-01").add("status", "ENQUIRY");
    }

    /** A client with every field filled in. */
    public static JsonObjectBuilder fullClient(String firstName, String lastName) {
        return client(firstName, lastName).add("preferredName", "Pref").add("pronouns", "they/them")
                .add("email", lastName.toLowerCase() + "@example.org").add("phone", "07700 900" + digits(3))
                .add("addressLine1", "1 Test Street").add("addressLine2", "Flat 2").add("city", "Bristol")
                .add("region", "Avon").add("postalCode", "BS1 1AA").add("country", "United Kingdom")
                .add("emergencyContactName", "Pat Contact").add("emergencyContactRelationship", "Sibling")
                .add("emergencyContactPhone", "07700 900999").add("consentEmail", true).add("consentSms", false)
                .add("consentPhone", true).add("consentPost", false).add("status", "ACTIVE");
    }

    /** Creates the client and checks the 201; returns the created client's JSON. */
    public static JsonObject create(Api api, JsonObjectBuilder client) {
        Api.Reply reply = api.post("api/clients", client.build().toString());
        assertEquals(201, reply.status(), reply.toString());
        return reply.json();
    }

    /** What a caller sends back in a PUT: the client as read, without the fields the clinic assigns. */
    public static JsonObjectBuilder editable(JsonObject client) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        client.forEach((k, v) -> {
            if (!READ_ONLY.contains(k)) {
                b.add(k, v);
            }
        });
        return b;
    }

    /** The client as read, with one field changed. */
    public static String with(JsonObject client, String field, String value) {
        return editable(client).add(field, value).build().toString();
    }

    public static String encode(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Ids of the items of a search reply. */
    public static List<Long> ids(Api.Reply searchReply) {
        return searchReply.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** The search reply, checked to be a 200. */
    public static Api.Reply search(Api api, String query) {
        Api.Reply reply = api.get("api/clients?" + query);
        assertEquals(200, reply.status(), "GET api/clients?" + query + " -> " + reply);
        return reply;
    }

    /** Checks an RFC 9457 problem body: the status, our problem type, and the request path as instance. */
    public static JsonObject assertProblem(Api.Reply reply, int status, String type) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.isProblem(), "expected application/problem+json: " + reply);
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"), reply.toString());
        if (type != null) {
            assertEquals("urn:tenfold:problem:" + type, problem.getString("type"), reply.toString());
        } else {
            assertTrue(problem.getString("type").startsWith("urn:tenfold:problem:"), reply.toString());
        }
        assertTrue(!problem.getString("title", "").isBlank(), "a problem has a title: " + reply);
        assertNotNull(problem.get("instance"), "a problem names the request: " + reply);
        assertTrue(problem.get("instance").getValueType() == JsonValue.ValueType.STRING, reply.toString());
        assertTrue(problem.getString("instance").startsWith("/api/"), reply.toString());
        assertTrue(!reply.body().contains("Exception") && !reply.body().contains("\tat "),
                "no stack trace or exception class in a problem: " + reply);
        return problem;
    }

    /** One number from the database. */
    public static long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** One text from the database, or null when there is no row. */
    public static String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
