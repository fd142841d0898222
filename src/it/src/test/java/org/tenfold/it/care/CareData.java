package org.tenfold.it.care;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.api.ClientData;

/**
 * Test data for the intake and case tests, made through the API as the clinic would: staff accounts
 * and supervision (admin), clients (front desk), an intake appointment (which makes its counsellor the
 * intake counsellor), a completed and submitted intake, a case opened from it.
 */
final class CareData {

    static final String PASSWORD = "care-tests-only-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    private CareData() {
    }

    static Api admin() {
        return ClientData.signedIn("admin");
    }

    static Api frontDesk() {
        return ClientData.signedIn("frontdesk");
    }

    /** The ids of the demo staff by username. */
    static Map<String, Long> demoStaff() {
        return admin().get("api/staff").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getString("username"), s -> s.getJsonNumber("id").longValue()));
    }

    /** A member of staff made for this test run, with these roles. */
    record Person(long id, String username, Api api) {
    }

    static Person newStaff(String prefix, String... roles) {
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

    static void supervise(long supervisorId, long... counsellorIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long id : counsellorIds) {
            ids.add(id);
        }
        Api.Reply r = admin().put("api/staff/" + supervisorId + "/supervisees", ids.build().toString(), null);
        assertEquals(200, r.status(), r.toString());
    }

    static long newClient(String first) {
        return ClientData.create(frontDesk(), ClientData.client(first, ClientData.uniqueWord("Care")))
                .getJsonNumber("id").longValue();
    }

    /** An intake appointment by video far in the future; the administrator overrides working hours. */
    static void bookIntake(long counsellorId, long clientId) {
        LocalDate day = TestDays.fresh(DayOfWeek.TUESDAY);
        Instant start = day.atTime(8 + ThreadLocalRandom.current().nextInt(9), 0).toInstant(ZoneOffset.UTC);
        Api.Reply r = admin().post("api/appointments", Json.createObjectBuilder().add("counsellorId", counsellorId)
                .add("clientIds", Json.createArrayBuilder().add(clientId)).add("type", "INTAKE")
                .add("start", start.toString()).add("videoLink", "https://video.example.org/intake")
                .add("overrideReason", "test intake outside set hours").build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    /** Every required answer, no risk. */
    static JsonObjectBuilder completeAnswers() {
        return Json.createObjectBuilder().add("presentingConcerns", "Wants help with a habit that hurts the relationship.")
                .add("behaviourWhat", "Late-night browsing").add("behaviourSince", "Five years")
                .add("behaviourFrequency", "Most evenings").add("behaviourMostRecent", "Last week")
                .add("relationshipStatus", "MARRIED").add("partnerInCare", "WILL_BE").add("selfHarmThoughts", false)
                .add("protectiveFactors", "Friends, work").add("violenceAtHome", false).add("safeAtHome", true)
                .add("riskToOthers", false);
    }

    /** Saves the answers and submits them; returns the submitted intake. */
    static JsonObject submitIntake(Api counsellor, long clientId, JsonObjectBuilder answers) {
        Api.Reply current = counsellor.get("api/clients/" + clientId + "/intake");
        assertEquals(200, current.status(), current.toString());
        Api.Reply saved = counsellor.put("api/clients/" + clientId + "/intake", answers.build().toString(),
                current.etag());
        assertEquals(200, saved.status(), saved.toString());
        Api.Reply submitted = counsellor.post("api/clients/" + clientId + "/intake/submit", "", saved.etag());
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("SUBMITTED", submitted.json().getString("status"));
        return submitted.json();
    }

    static JsonObject openIndividual(Api counsellor, long primaryId, long clientId) {
        Api.Reply r = counsellor.post("api/cases", Json.createObjectBuilder().add("kind", "INDIVIDUAL")
                .add("primaryCounsellorId", primaryId).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", clientId).add("role", "INDIVIDUAL")))
                .build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** A client with a submitted intake by this counsellor and an individual case they lead. */
    static long individualCase(Person counsellor, long clientId) {
        bookIntake(counsellor.id(), clientId);
        submitIntake(counsellor.api(), clientId, completeAnswers());
        return openIndividual(counsellor.api(), counsellor.id(), clientId).getJsonNumber("id").longValue();
    }

    /** Audit rows of this actor, outcome and client. */
    static long auditRows(String actor, String outcome, long clientId) throws SQLException {
        return ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = ? AND client_id = ?",
                actor, outcome, clientId);
    }
}
