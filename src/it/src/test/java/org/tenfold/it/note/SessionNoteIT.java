package org.tenfold.it.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * Session notes through the API: drafts that never lose text, signing with the password, a signed
 * note that no path changes (API and database), addenda, the co-signature loop, missing notes, and
 * front desk refused everywhere.
 */
@ExtendWith(ArquillianExtension.class)
class SessionNoteIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aSignedNoteIsImmutableThroughEveryPathAndCorrectedByAddenda() throws Exception {
        Person c = PlanData.newStaff("nt", "COUNSELLOR");
        Case individual = PlanData.individualCase(c);
        long client = individual.clients().get(0);
        long held = NoteData.heldSession(c.id(), individual.id(), "INDIVIDUAL", 3, client);
        long missingOnly = NoteData.heldSession(c.id(), individual.id(), "INDIVIDUAL", 5, client);
        long notHeld = NoteData.booked(c.id(), individual.id(), "INDIVIDUAL", 7, client);
        Api api = c.api();

        // only held sessions, one note each
        ClientData.assertProblem(api.post("api/appointments/" + notHeld + "/note", "{}"), 409, "conflict");
        JsonObject note = NoteData.start(api, held, "DAP");
        long id = NoteData.id(note);
        assertEquals("DRAFT", note.getString("status"));
        assertEquals(client, note.getJsonNumber("ownerClientId").longValue());
        assertEquals(List.of("DATA", "ASSESSMENT", "PLAN"), note.getJsonArray("sections").stream()
                .map(s -> s.asJsonObject().getString("code")).toList());
        assertFalse(note.getJsonArray("sections").getJsonObject(0).getString("prompt").isBlank(), "guided");
        ClientData.assertProblem(api.post("api/appointments/" + held + "/note", "{}"), 409, "conflict");
        assertEquals(id, NoteData.id(api.get("api/appointments/" + held + "/note").json()));

        // missing: both held sessions, the draft's included
        List<Long> missing = api.get("api/notes/missing").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getJsonNumber("appointmentId").longValue()).toList();
        assertTrue(missing.containsAll(List.of(held, missingOnly)), missing.toString());
        assertFalse(missing.contains(notHeld), missing.toString());

        // drafts: If-Match required, bad input named by field, stale saves lose nothing
        ClientData.assertProblem(NoteData.save(api, id, NoteData.dap("a", "b", "c"), null), 428,
                "precondition-required");
        JsonObject bad = ClientData.assertProblem(NoteData.save(api, id, NoteData.dap("a", "b", "c", "PATIENCE")
                .add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("stepCode", "PATIENCE")
                        .add("rating", 11)).add(Json.createObjectBuilder().add("stepCode", "WAITING"))),
                api.get("api/notes/" + id).etag()), 400, "invalid-input");
        assertTrue(bad.getJsonObject("errors").containsKey("steps[0].rating"), bad.toString());
        assertTrue(bad.getJsonObject("errors").containsKey("steps[1].stepCode"), bad.toString());
        String before = api.get("api/notes/" + id).etag();
        var first = NoteData.dap("Client spoke about the week.", "Steady progress.", "Continue weekly.",
                "COMMUNICATE", "BOUNDARIES").add("milestones", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("description", "Thirty days of honest check-ins")));
        String firstBody = first.build().toString();
        Api.Reply saved = api.put("api/notes/" + id, firstBody, before);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(2, saved.json().getJsonArray("steps").size());
        Api.Reply again = api.put("api/notes/" + id, firstBody, before);
        assertEquals(200, again.status(), "the same save repeated is idempotent: " + again);
        assertEquals(saved.etag(), again.etag());
        JsonObject stale = ClientData.assertProblem(NoteData.save(api, id,
                NoteData.dap("Another tab's text", "x", "y"), before), 412, "stale");
        assertEquals("Client spoke about the week.", NoteData.section(stale.getJsonObject("current"), "DATA"),
                "the stored text comes back, nothing overwritten");
        assertEquals("Client spoke about the week.", NoteData.section(api.get("api/notes/" + id).json(), "DATA"));

        // signing: the password, and nothing signed when it is wrong
        JsonObject wrong = ClientData.assertProblem(NoteData.sign(api, id, "not-my-password"), 400, "invalid-input");
        assertTrue(wrong.getJsonObject("errors").getString("password").contains("not correct"), wrong.toString());
        assertEquals("DRAFT", api.get("api/notes/" + id).json().getString("status"));
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'NOTE_SIGN'"
                + " AND outcome = 'DENIED' AND entity_id = ?", c.username(), String.valueOf(id)) >= 1);
        JsonObject signed = NoteData.signed(api, id);
        assertEquals("SIGNED", signed.getString("status"));
        assertEquals(c.username(), signed.getString("signedBy"));
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM milestone WHERE case_id = ? AND description = ?",
                individual.id(), "Thirty days of honest check-ins"), "the milestone became a record");
        assertFalse(api.get("api/notes/missing").json().toString().contains("\"appointmentId\":" + held + ","),
                "signed: no longer missing");

        // immutable: API, service, database
        ClientData.assertProblem(NoteData.save(api, id, NoteData.dap("changed", "b", "c"), signed.getJsonNumber(
                "version").toString()), 409, "conflict");
        ClientData.assertProblem(NoteData.sign(api, id, NoteData.PASSWORD), 409, "conflict");
        NoteData.refusedByDatabase("UPDATE session_note SET section_1 = 'changed' WHERE id = ?", id);
        NoteData.refusedByDatabase("UPDATE session_note SET status = 'DRAFT' WHERE id = ?", id);
        NoteData.refusedByDatabase("DELETE FROM session_note WHERE id = ?", id);
        NoteData.refusedByDatabase("UPDATE session_note_step SET rating = 0 WHERE note_id = ?", id);
        NoteData.refusedByDatabase("DELETE FROM session_note_step WHERE note_id = ?", id);
        NoteData.refusedByDatabase("INSERT INTO session_note_step (note_id, step_code, rating, sort_order)"
                + " VALUES (?, 'EMPATHY', 5, 9)", id);
        assertEquals("Client spoke about the week.", NoteData.section(api.get("api/notes/" + id).json(), "DATA"));

        // addenda: signed with the password, dated, never changed
        ClientData.assertProblem(api.post("api/notes/" + id + "/addenda", Json.createObjectBuilder()
                .add("text", "Correction").add("password", "wrong").build().toString()), 400, "invalid-input");
        ClientData.assertProblem(api.post("api/notes/" + id + "/addenda", Json.createObjectBuilder()
                .add("text", " ").add("password", NoteData.PASSWORD).build().toString()), 400, "invalid-input");
        Api.Reply added = api.post("api/notes/" + id + "/addenda", Json.createObjectBuilder()
                .add("text", "Correction: the check-ins were twice weekly.").add("password", NoteData.PASSWORD)
                .build().toString());
        assertEquals(201, added.status(), added.toString());
        JsonObject addendum = added.json().getJsonArray("addenda").getJsonObject(0);
        assertEquals("Correction: the check-ins were twice weekly.", addendum.getString("text"));
        assertEquals(c.username(), addendum.getString("signedBy"));
        assertNotNull(addendum.getString("signedAt"));
        NoteData.refusedByDatabase("UPDATE session_note_addendum SET body = 'x' WHERE note_id = ?", id);
        NoteData.refusedByDatabase("DELETE FROM session_note_addendum WHERE note_id = ?", id);

        // another counsellor, and front desk, are refused everywhere (audited), never seeing the text
        Person other = PlanData.newStaff("nx", "COUNSELLOR");
        ClientData.assertProblem(other.api().get("api/notes/" + id), 403, "forbidden");
        ClientData.assertProblem(other.api().post("api/notes/" + id + "/addenda", Json.createObjectBuilder()
                .add("text", "x").add("password", NoteData.PASSWORD).build().toString()), 403, "forbidden");
        Api fd = PlanData.frontDesk();
        List<Api.Reply> frontDesk = List.of(fd.get("api/notes/" + id), fd.get("api/appointments/" + held + "/note"),
                fd.post("api/appointments/" + missingOnly + "/note", "{}"),
                fd.put("api/notes/" + id, NoteData.dap("a", "b", "c").build().toString(), "\"0\""),
                NoteData.sign(fd, id, TestServer.DEMO_PASSWORD), fd.post("api/notes/" + id + "/addenda", "{}"),
                fd.post("api/notes/" + id + "/cosign", "{}"), fd.post("api/notes/" + id + "/request-changes", "{}"),
                fd.get("api/notes/" + id + "/private"), fd.put("api/notes/" + id + "/private", "{\"text\":\"x\"}", null),
                fd.get("api/notes/missing"), fd.get("api/notes/cosign-queue"), fd.get("api/notes/my-sessions"),
                fd.get("api/clients/" + client + "/notes"));
        for (Api.Reply r : frontDesk) {
            ClientData.assertProblem(r, 403, "forbidden");
            assertFalse(r.body().contains("Client spoke about the week"), r.toString());
        }
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'frontdesk' AND outcome = 'DENIED'"
                + " AND action LIKE 'NOTE%' AND entity_id = ?", String.valueOf(id)) >= 5);
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'NOTE_VIEW'"
                + " AND outcome = 'SUCCESS' AND client_id = ?", c.username(), client) >= 1, "reads are audited");
    }

    @Test
    void aNewConcernRaisesTheClientsRiskFlagAndStartFromLastNoteCopiesStructureNotText() throws Exception {
        Person c = PlanData.newStaff("nr", "COUNSELLOR");
        Case individual = PlanData.individualCase(c);
        long client = individual.clients().get(0);
        long firstSession = NoteData.heldSession(c.id(), individual.id(), "INDIVIDUAL", 4, client);
        long secondSession = NoteData.heldSession(c.id(), individual.id(), "INDIVIDUAL", 2, client);
        long id = NoteData.id(NoteData.start(c.api(), firstSession, "BIRP"));
        JsonObject bad = ClientData.assertProblem(NoteData.save(c.api(), id, Json.createObjectBuilder()
                .add("format", "BIRP").add("riskUpdate", "NEW_CONCERN"), c.api().get("api/notes/" + id).etag()),
                400, "invalid-input");
        assertTrue(bad.getJsonObject("errors").containsKey("riskConcern"), bad.toString());
        NoteData.saved(c.api(), id, Json.createObjectBuilder().add("format", "BIRP").add("sections",
                Json.createObjectBuilder().add("BEHAVIOUR", "b").add("INTERVENTION", "i").add("RESPONSE", "r")
                        .add("PLAN", "p")).add("steps", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("stepCode", "SELF_CARE").add("rating", 6).add("comment", "Sleep better")))
                .add("riskUpdate", "NEW_CONCERN").add("riskConcern", "Said they felt unsafe at home this week"));
        assertEquals(0, ClientData.count("SELECT COUNT(*) FROM client_flag WHERE client_id = ? AND kind = 'RISK'",
                client));
        NoteData.signed(c.api(), id);
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM client_flag WHERE client_id = ? AND kind = 'RISK'",
                client), "the client's RISK flag is raised");
        assertEquals(0, ClientData.count("SELECT COUNT(*) FROM client_flag WHERE client_id = ? AND summary LIKE ?",
                client, "%unsafe at home%"), "the flag names the note, it does not copy its text");
        assertTrue(ClientData.count("SELECT COUNT(*) FROM task WHERE client_id = ? AND kind = 'RISK_FOLLOW_UP'",
                client) >= 1, "and a follow-up task");

        Api.Reply next = c.api().post("api/appointments/" + secondSession + "/note", "{\"fromLastNote\":true}");
        assertEquals(201, next.status(), next.toString());
        JsonObject copy = next.json();
        assertEquals("BIRP", copy.getString("format"));
        assertEquals("SELF_CARE", copy.getJsonArray("steps").getJsonObject(0).getString("stepCode"));
        assertFalse(copy.getJsonArray("steps").getJsonObject(0).containsKey("rating"), "not rated yet: " + copy);
        assertFalse(copy.toString().contains("Sleep better"), "no narrative text copied");
        assertEquals("", NoteData.section(copy, "BEHAVIOUR"));
    }

    @Test
    void aSupervisedCounsellorsNoteWaitsForCoSignatureThroughARequestChangesLoop() throws Exception {
        Person c = PlanData.newStaff("ns", "COUNSELLOR");
        Person supervisor = PlanData.newStaff("nv", "SUPERVISOR");
        Person otherSupervisor = PlanData.newStaff("nw", "SUPERVISOR");
        PlanData.supervise(supervisor.id(), c.id());
        Case individual = PlanData.individualCase(c);
        long client = individual.clients().get(0);
        long held = NoteData.heldSession(c.id(), individual.id(), "INDIVIDUAL", 3, client);
        assertTrue(supervisor.api().get("api/notes/missing").body().contains("\"appointmentId\":" + held),
                "a supervisee's missing note is on the supervisor's list");
        long id = NoteData.id(NoteData.start(c.api(), held, "SOAP"));
        NoteData.saved(c.api(), id, Json.createObjectBuilder().add("format", "SOAP").add("sections",
                Json.createObjectBuilder().add("SUBJECTIVE", "s").add("OBJECTIVE", "o").add("ASSESSMENT", "a")
                        .add("PLAN", "First plan")).add("riskUpdate", "NO_CHANGE"));
        JsonObject pending = NoteData.signed(c.api(), id);
        assertEquals("SIGNED_PENDING_COSIGN", pending.getString("status"));

        assertTrue(queue(supervisor).contains(id), "in the supervisor's queue");
        assertFalse(queue(otherSupervisor).contains(id), "not in another supervisor's");
        ClientData.assertProblem(otherSupervisor.api().post("api/notes/" + id + "/cosign",
                "{\"password\":\"" + NoteData.PASSWORD + "\"}"), 403, "forbidden");
        ClientData.assertProblem(c.api().post("api/notes/" + id + "/cosign",
                "{\"password\":\"" + NoteData.PASSWORD + "\"}"), 403, "forbidden");
        ClientData.assertProblem(NoteData.save(c.api(), id, NoteData.dap("x", "y", "z"), "\""
                + pending.getJsonNumber("version") + "\""), 409, "conflict");
        ClientData.assertProblem(c.api().post("api/notes/" + id + "/addenda", Json.createObjectBuilder()
                .add("text", "x").add("password", NoteData.PASSWORD).build().toString()), 409, "conflict");
        NoteData.refusedByDatabase("UPDATE session_note SET section_4 = 'changed' WHERE id = ?", id);

        ClientData.assertProblem(supervisor.api().post("api/notes/" + id + "/request-changes", "{\"comment\":\" \"}"),
                400, "invalid-input");
        Api.Reply returned = supervisor.api().post("api/notes/" + id + "/request-changes",
                "{\"comment\":\"Say what the homework is.\"}");
        assertEquals(200, returned.status(), returned.toString());
        assertEquals("DRAFT", returned.json().getString("status"));
        assertFalse(queue(supervisor).contains(id));
        JsonObject draft = c.api().get("api/notes/" + id).json();
        assertEquals("Say what the homework is.", draft.getString("changeRequest"));
        assertEquals(List.of("SIGNED_PENDING_COSIGN", "CHANGES_REQUESTED"), kinds(draft));

        NoteData.saved(c.api(), id, Json.createObjectBuilder().add("format", "SOAP").add("sections",
                Json.createObjectBuilder().add("SUBJECTIVE", "s").add("OBJECTIVE", "o").add("ASSESSMENT", "a")
                        .add("PLAN", "Second plan")).add("riskUpdate", "NO_CHANGE")
                .add("homeworkText", "Read chapter two together"));
        assertEquals("SIGNED_PENDING_COSIGN", NoteData.signed(c.api(), id).getString("status"));
        ClientData.assertProblem(supervisor.api().post("api/notes/" + id + "/cosign", "{\"password\":\"nope\"}"),
                400, "invalid-input");
        Api.Reply cosigned = supervisor.api().post("api/notes/" + id + "/cosign",
                "{\"password\":\"" + NoteData.PASSWORD + "\"}");
        assertEquals(200, cosigned.status(), cosigned.toString());
        assertEquals("SIGNED", cosigned.json().getString("status"));
        assertEquals(supervisor.username(), cosigned.json().getString("cosignedBy"));
        assertEquals("Second plan", NoteData.section(cosigned.json(), "PLAN"));
        assertEquals(List.of("SIGNED_PENDING_COSIGN", "CHANGES_REQUESTED", "SIGNED_PENDING_COSIGN", "COSIGNED"),
                kinds(cosigned.json()), "the history is kept");
        NoteData.refusedByDatabase("DELETE FROM session_note_event WHERE note_id = ?", id);
        NoteData.refusedByDatabase("UPDATE session_note SET section_4 = 'changed' WHERE id = ?", id);
        assertEquals(201, c.api().post("api/notes/" + id + "/addenda", Json.createObjectBuilder()
                .add("text", "Homework done.").add("password", NoteData.PASSWORD).build().toString()).status());
    }

    private static List<Long> queue(Person supervisor) {
        Api.Reply r = supervisor.api().get("api/notes/cosign-queue");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }

    private static List<String> kinds(JsonObject note) {
        return note.getJsonArray("history").stream().map(JsonValue::asJsonObject).map(e -> e.getString("kind"))
                .toList();
    }
}
