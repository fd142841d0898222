package org.tenfold.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * Test data for the plan tests, made through the API as the clinic would: a counsellor of the test's
 * own, clients with submitted intakes, and an individual or couple case that counsellor leads.
 */
public final class PlanData {

    public static final String PASSWORD = "plan-tests-only-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    private PlanData() {
    }

    public static Api admin() {
        return ClientData.signedIn("admin");
    }

    public static Api frontDesk() {
        return ClientData.signedIn("frontdesk");
    }

    public record Person(long id, String username, Api api) {
    }

    public static Person newStaff(String prefix, String... roles) {
        String username = prefix + "-" + ClientData.uniqueWord("").toLowerCase();
        JsonArrayBuilder r = Json.createArrayBuilder();
        for (String role : roles) {
            r.add(role);
        }
        Api.Reply created = admin().post("api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", prefix + " Test").add("roles", r).add("password", PASSWORD).build().toString());
        assertEquals(201, created.status(), created.toString());
        return new Person(created.json().getJsonNumber("id").longValue(), username, Api.as(username, PASSWORD));
    }

    public static void supervise(long supervisorId, long... counsellorIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long id : counsellorIds) {
            ids.add(id);
        }
        Api.Reply r = admin().put("api/staff/" + supervisorId + "/supervisees", ids.build().toString(), null);
        assertEquals(200, r.status(), r.toString());
    }

    /** A case and its members' client ids (in recovery first, for a couple). */
    public record Case(long id, List<Long> clients) {
        public long inRecovery() {
            return clients.get(0);
        }

        public long partner() {
            return clients.get(1);
        }
    }

    public static Case individualCase(Person counsellor) {
        long client = intakeDone(counsellor, "Indy");
        Api.Reply r = counsellor.api().post("api/cases", Json.createObjectBuilder().add("kind", "INDIVIDUAL")
                .add("primaryCounsellorId", counsellor.id()).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", client).add("role", "INDIVIDUAL")))
                .build().toString());
        assertEquals(201, r.status(), r.toString());
        return new Case(r.json().getJsonNumber("id").longValue(), List.of(client));
    }

    public static Case coupleCase(Person counsellor) {
        long inRecovery = intakeDone(counsellor, "Rec");
        long partner = intakeDone(counsellor, "Par");
        Api.Reply r = counsellor.api().post("api/cases", Json.createObjectBuilder().add("kind", "COUPLE")
                .add("primaryCounsellorId", counsellor.id()).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", inRecovery).add("role", "IN_RECOVERY"))
                        .add(Json.createObjectBuilder().add("clientId", partner).add("role", "PARTNER")))
                .build().toString());
        assertEquals(201, r.status(), r.toString());
        return new Case(r.json().getJsonNumber("id").longValue(), List.of(inRecovery, partner));
    }

    /**
     * A couple's case led by {@code primary}, each partner with their own counsellor (in recovery first),
     * both partners' intakes held and submitted by {@code primary}.
     */
    public static Case coupleCase(Person primary, Person ownOfRecovering, Person ownOfPartner) {
        long inRecovery = intakeDone(primary, "Rec");
        long partner = intakeDone(primary, "Par");
        Api.Reply r = primary.api().post("api/cases", Json.createObjectBuilder().add("kind", "COUPLE")
                .add("primaryCounsellorId", primary.id()).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", inRecovery).add("role", "IN_RECOVERY")
                                .add("ownCounsellorId", ownOfRecovering.id()))
                        .add(Json.createObjectBuilder().add("clientId", partner).add("role", "PARTNER")
                                .add("ownCounsellorId", ownOfPartner.id())))
                .build().toString());
        assertEquals(201, r.status(), r.toString());
        return new Case(r.json().getJsonNumber("id").longValue(), List.of(inRecovery, partner));
    }

    /** A new client whose intake this counsellor held and submitted. */
    static long intakeDone(Person counsellor, String first) {
        return intakeDone(counsellor, ClientData.client(first, ClientData.uniqueWord("Plan")));
    }

    /** A new client, as given, whose intake this counsellor held (on a random future day) and submitted. */
    public static long intakeDone(Person counsellor, JsonObjectBuilder newClient) {
        LocalDate day = TestDays.fresh(DayOfWeek.WEDNESDAY);
        return intakeDone(counsellor, newClient, day.atTime(8 + ThreadLocalRandom.current().nextInt(9), 0)
                .toInstant(ZoneOffset.UTC));
    }

    /** A new client, as given, whose intake this counsellor held at {@code start} and submitted. */
    public static long intakeDone(Person counsellor, JsonObjectBuilder newClient, Instant start) {
        long client = ClientData.create(frontDesk(), newClient).getJsonNumber("id").longValue();
        Api.Reply booked = admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellor.id()).add("clientIds", Json.createArrayBuilder().add(client))
                .add("type", "INTAKE").add("start", start.toString()).add("videoLink", "https://video.example.org/i")
                .add("overrideReason", "test intake outside set hours").build().toString());
        assertEquals(201, booked.status(), booked.toString());
        String intake = "api/clients/" + client + "/intake";
        Api.Reply saved = counsellor.api().put(intake, Json.createObjectBuilder()
                .add("presentingConcerns", "Wants help rebuilding trust.").add("behaviourWhat", "Late-night browsing")
                .add("behaviourSince", "Five years").add("behaviourFrequency", "Most evenings")
                .add("behaviourMostRecent", "Last week").add("relationshipStatus", "MARRIED")
                .add("partnerInCare", "WILL_BE").add("selfHarmThoughts", false).add("protectiveFactors", "Friends")
                .add("violenceAtHome", false).add("safeAtHome", true).add("riskToOthers", false).build().toString(),
                counsellor.api().get(intake).etag());
        assertEquals(200, saved.status(), saved.toString());
        Api.Reply submitted = counsellor.api().post(intake + "/submit", "", saved.etag());
        assertEquals(200, submitted.status(), submitted.toString());
        return client;
    }

    public static JsonObject createPlan(Api api, long caseId, boolean template) {
        Api.Reply r = api.post("api/cases/" + caseId + "/plans" + (template ? "?template=true" : ""), "{}");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    public static JsonObject addGoal(Api api, long planId, String stepCode, Long clientId, String statement) {
        var b = Json.createObjectBuilder().add("stepCode", stepCode).add("statement", statement)
                .add("interventions", "Practised in session").add("clinicianNote", "Clinician only: " + statement);
        if (clientId == null) {
            b.add("couple", true);
        } else {
            b.add("clientId", clientId);
        }
        Api.Reply r = api.post("api/plans/" + planId + "/goals", b.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    public static Api.Reply setReview(Api api, long planId, LocalDate on) {
        Api.Reply current = api.get("api/plans/" + planId);
        assertEquals(200, current.status(), current.toString());
        return api.put("api/plans/" + planId, "{\"reviewOn\":\"" + on + "\"}", current.etag());
    }

    public static JsonObject sign(Api api, long planId) {
        Api.Reply r = api.post("api/plans/" + planId + "/sign", "");
        assertEquals(200, r.status(), r.toString());
        assertEquals("SIGNED", r.json().getString("status"));
        return r.json();
    }

    /** Every goal of a plan view, over all ten steps. */
    public static List<JsonObject> goals(JsonObject plan) {
        return plan.getJsonArray("steps").stream().map(JsonValue::asJsonObject)
                .flatMap(s -> s.getJsonArray("goals").stream().map(JsonValue::asJsonObject)).toList();
    }

    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    /** Runs a statement straight against the database, expecting the database itself to refuse it. */
    static void refusedByDatabase(String sql, Object... parameters) {
        SQLException e = assertThrows(SQLException.class, () -> execute(sql, parameters), sql);
        assertEquals("45000", e.getSQLState(), e.toString());
    }

    static int execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    static long auditRows(String actor, String action, String outcome, long clientId) throws SQLException {
        return ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND outcome = ?"
                + " AND client_id = ?", actor, action, outcome, clientId);
    }
}
