package org.tenfold.it.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;

/** Test data for the note tests, made through the API: held sessions of a case, notes, signatures. */
public final class NoteData {

    static final String PASSWORD = PlanData.PASSWORD;

    private NoteData() {
    }

    /** A new client whose intake this counsellor held and submitted. */
    static long intakeDone(Person counsellor, String first) {
        return PlanData.intakeDone(counsellor, ClientData.client(first, ClientData.uniqueWord("Note")));
    }

    /** A couple's case led by {@code primary}, each partner with their own counsellor (in recovery first). */
    static PlanData.Case coupleCase(Person primary, Person ownOfRecovering, Person ownOfPartner) {
        return PlanData.coupleCase(primary, ownOfRecovering, ownOfPartner);
    }

    /**
     * A session of the case, {@code daysAgo} days ago (at a random hour, so tests never meet), booked by
     * an administrator (outside set hours), then checked in and completed by front desk: held.
     */
    public static long heldSession(long counsellorId, long caseId, String type, int daysAgo, long... clients) {
        long id = booked(counsellorId, caseId, type, daysAgo, clients);
        Api fd = PlanData.frontDesk();
        assertEquals(200, fd.post("api/appointments/" + id + "/check-in", "").status());
        assertEquals(200, fd.post("api/appointments/" + id + "/complete", "").status());
        return id;
    }

    public static long booked(long counsellorId, long caseId, String type, int daysAgo, long... clients) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long c : clients) {
            ids.add(c);
        }
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(daysAgo, ChronoUnit.DAYS)
                .minus(ThreadLocalRandom.current().nextInt(2, 20), ChronoUnit.HOURS)
                .plus(ThreadLocalRandom.current().nextInt(0, 4) * 15L, ChronoUnit.MINUTES);
        Api.Reply r = PlanData.admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellorId).add("clientIds", ids).add("type", type).add("caseId", caseId)
                .add("start", start.toString()).add("videoLink", "https://video.example.org/s")
                .add("overrideReason", "test session outside set hours").build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    public static JsonObject start(Api api, long appointmentId, String format) {
        Api.Reply r = api.post("api/appointments/" + appointmentId + "/note", "{\"format\":\"" + format + "\"}");
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** A complete DAP draft: three sections, the given steps rated, no new risk. */
    public static JsonObjectBuilder dap(String data, String assessment, String plan, String... stepCodes) {
        JsonArrayBuilder steps = Json.createArrayBuilder();
        int rating = 3;
        for (String code : stepCodes) {
            steps.add(Json.createObjectBuilder().add("stepCode", code).add("rating", rating++)
                    .add("comment", "Worked on " + code.toLowerCase()));
        }
        return Json.createObjectBuilder().add("format", "DAP").add("sections", Json.createObjectBuilder()
                .add("DATA", data).add("ASSESSMENT", assessment).add("PLAN", plan)).add("steps", steps)
                .add("riskUpdate", "NO_CHANGE");
    }

    static Api.Reply save(Api api, long noteId, JsonObjectBuilder draft, String etag) {
        return api.put("api/notes/" + noteId, draft.build().toString(), etag);
    }

    public static JsonObject saved(Api api, long noteId, JsonObjectBuilder draft) {
        Api.Reply current = api.get("api/notes/" + noteId);
        assertEquals(200, current.status(), current.toString());
        Api.Reply r = save(api, noteId, draft, current.etag());
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    static Api.Reply sign(Api api, long noteId, String password) {
        return api.post("api/notes/" + noteId + "/sign", Json.createObjectBuilder().add("password", password).build()
                .toString());
    }

    public static JsonObject signed(Api api, long noteId) {
        Api.Reply r = sign(api, noteId, PASSWORD);
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    public static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    static String section(JsonObject note, String code) {
        return note.getJsonArray("sections").stream().map(v -> v.asJsonObject())
                .filter(s -> s.getString("code").equals(code)).findFirst().orElseThrow().getString("text");
    }

    /** Runs a statement straight against the database, expecting the database itself to refuse it. */
    static void refusedByDatabase(String sql, Object... parameters) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    s.setObject(i + 1, parameters[i]);
                }
                s.executeUpdate();
            }
        }, sql);
        assertEquals("45000", e.getSQLState(), e.toString());
    }

    /** The test server's own log. */
    static String serverLog() throws IOException {
        return TestServer.serverLogText();
    }
}
