package org.tenfold.it.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
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
 * A couple's notes: a joint session's note is in both partners' charts; one partner's individual
 * session stays theirs (the other partner's own counsellor reads it only when the partner shares);
 * the private process section is its author's alone; none of it reaches another user's API
 * responses or the server's log.
 */
@ExtendWith(ArquillianExtension.class)
class CouplePrivacyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aJointNoteIsInBothChartsAndAnIndividualNoteAndPrivateSectionStayWhereTheyBelong() throws Exception {
        String sentinel = "SENTINEL-" + UUID.randomUUID();
        String privateSentinel = "PRIVATE-SENTINEL-" + UUID.randomUUID();
        Person primary = PlanData.newStaff("np", "COUNSELLOR");
        Person ownOfRecovering = PlanData.newStaff("na", "COUNSELLOR");
        Person ownOfPartner = PlanData.newStaff("nb", "COUNSELLOR");
        Case couple = NoteData.coupleCase(primary, ownOfRecovering, ownOfPartner);
        long recovering = couple.inRecovery();
        long partner = couple.partner();
        Api p = primary.api();

        // a joint session: one note, filed into both charts
        long joint = NoteData.heldSession(primary.id(), couple.id(), "COUPLE", 4, recovering, partner);
        JsonObject jointNote = NoteData.start(p, joint, "DAP");
        long jointId = NoteData.id(jointNote);
        assertFalse(jointNote.containsKey("ownerClientId"), "a joint note is both partners': " + jointNote);
        NoteData.saved(p, jointId, NoteData.dap("Both attended.", "Good listening.", "Weekly check-in.",
                "COMMUNICATE", "INTIMACY"));
        NoteData.signed(p, jointId);
        assertTrue(chart(p, recovering).contains(jointId), "in the recovering partner's chart");
        assertTrue(chart(p, partner).contains(jointId), "in the partner's chart");
        assertEquals(1, chart(p, partner).stream().filter(n -> n == jointId).count(), "once");

        // the recovering partner's individual session, with a private process section
        long single = NoteData.heldSession(primary.id(), couple.id(), "INDIVIDUAL", 3, recovering);
        long singleId = NoteData.id(NoteData.start(p, single, "DAP"));
        NoteData.saved(p, singleId, NoteData.dap("Disclosed " + sentinel, "Working on honesty.", "Next week.",
                "ACKNOWLEDGE"));
        Api.Reply priv = p.put("api/notes/" + singleId + "/private", Json.createObjectBuilder()
                .add("text", "My countertransference: " + privateSentinel).build().toString(), null);
        assertEquals(200, priv.status(), priv.toString());
        JsonObject signedSingle = NoteData.signed(p, singleId);
        assertEquals(recovering, signedSingle.getJsonNumber("ownerClientId").longValue(), "marked as whose it is");
        assertTrue(signedSingle.toString().contains(sentinel));
        assertFalse(signedSingle.toString().contains(privateSentinel), "the note never carries the private section");
        assertTrue(p.get("api/notes/" + singleId + "/private").body().contains(privateSentinel), "its author reads it");
        assertTrue(chart(p, recovering).contains(singleId));
        assertFalse(chart(p, partner).contains(singleId), "never in the other partner's chart");

        // the other partner's own counsellor: the case's joint note yes, the individual one no
        Api b = ownOfPartner.api();
        assertEquals(200, b.get("api/notes/" + jointId).status());
        List<Api.Reply> seenByB = List.of(b.get("api/notes/" + singleId), b.get("api/appointments/" + single + "/note"),
                b.get("api/notes/" + singleId + "/private"), b.get("api/clients/" + partner + "/notes"),
                b.get("api/clients/" + recovering + "/notes"), b.get("api/notes/missing"),
                b.get("api/notes/my-sessions"));
        ClientData.assertProblem(seenByB.get(0), 403, "forbidden");
        ClientData.assertProblem(seenByB.get(1), 403, "forbidden");
        ClientData.assertProblem(seenByB.get(2), 403, "forbidden");
        ClientData.assertProblem(seenByB.get(4), 403, "forbidden");
        assertFalse(chart(b, partner).contains(singleId));
        for (Api.Reply r : seenByB) {
            assertFalse(r.body().contains(sentinel), r.toString());
            assertFalse(r.body().contains(privateSentinel), r.toString());
        }
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'DENIED'"
                + " AND action = 'NOTE_VIEW' AND client_id = ?", ownOfPartner.username(), recovering) >= 1);

        // the recovering partner's own counsellor reads it, but never the private section
        Api a = ownOfRecovering.api();
        Api.Reply readByA = a.get("api/notes/" + singleId);
        assertEquals(200, readByA.status(), readByA.toString());
        assertTrue(readByA.body().contains(sentinel));
        assertFalse(readByA.body().contains(privateSentinel));
        ClientData.assertProblem(a.get("api/notes/" + singleId + "/private"), 403, "forbidden");
        ClientData.assertProblem(a.put("api/notes/" + singleId + "/private", "{\"text\":\"x\"}", null), 403,
                "forbidden");

        // front desk never sees either
        for (Api.Reply r : List.of(PlanData.frontDesk().get("api/notes/" + singleId),
                PlanData.frontDesk().get("api/appointments/" + single),
                PlanData.frontDesk().get("api/clients/" + recovering))) {
            assertFalse(r.body().contains(sentinel), r.toString());
            assertFalse(r.body().contains(privateSentinel), r.toString());
        }

        // when the recovering partner chooses to share, the partner's counsellor may read the note, still
        // without the private section
        assertEquals(201, p.post("api/clients/" + recovering + "/consents",
                "{\"kind\":\"PARTNER_SHARING\",\"version\":1,\"decision\":\"SHARE\"}").status());
        Api.Reply shared = b.get("api/notes/" + singleId);
        assertEquals(200, shared.status(), shared.toString());
        assertFalse(shared.body().contains(privateSentinel));
        ClientData.assertProblem(b.get("api/notes/" + singleId + "/private"), 403, "forbidden");

        // nothing of either in the server's log
        String log = NoteData.serverLog();
        assertFalse(log.contains(sentinel), "the note's text is never logged");
        assertFalse(log.contains(privateSentinel), "the private section is never logged");
    }

    private static List<Long> chart(Api api, long clientId) {
        Api.Reply r = api.get("api/clients/" + clientId + "/notes");
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }
}
