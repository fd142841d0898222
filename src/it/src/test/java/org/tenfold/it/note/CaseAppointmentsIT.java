package org.tenfold.it.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenfold.it.api.ClientData.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * GET /api/cases/{id}/appointments: the appointments booked for a couple's case, newest first, with
 * their status, attending partners and (for clinical staff) the state of a held session's note, never
 * its text. Front desk sees them all; each counsellor only their own; a counsellor not on the case 403.
 */
@ExtendWith(ArquillianExtension.class)
class CaseAppointmentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aCasesAppointmentsAreListedNewestFirstToEachAsTheRulesAllow() throws Exception {
        String sentinel = "CASE-APPT-SENTINEL-" + UUID.randomUUID();
        Person primary = PlanData.newStaff("cap", "COUNSELLOR");
        Person ownOfRecovering = PlanData.newStaff("caa", "COUNSELLOR");
        Person ownOfPartner = PlanData.newStaff("cab", "COUNSELLOR");
        Person outsider = PlanData.newStaff("cao", "COUNSELLOR");
        Case couple = NoteData.coupleCase(primary, ownOfRecovering, ownOfPartner);
        long recovering = couple.inRecovery();
        long partner = couple.partner();
        LocalDate monday = TestDays.freshWeek();

        // Monday: a joint session, held, its note signed
        long joint = book(primary.id(), couple.id(), "COUPLE", at(monday, 9), recovering, partner);
        hold(joint);
        long jointNote = NoteData.id(NoteData.start(primary.api(), joint, "DAP"));
        NoteData.saved(primary.api(), jointNote, NoteData.dap("Both spoke: " + sentinel, "Listening.", "Weekly.",
                "COMMUNICATE"));
        NoteData.signed(primary.api(), jointNote);
        // Tuesday: the recovering partner's own session, held, its note a draft
        long single = book(ownOfRecovering.id(), couple.id(), "INDIVIDUAL", at(monday.plusDays(1), 10), recovering);
        hold(single);
        long singleNote = NoteData.id(NoteData.start(ownOfRecovering.api(), single, "DAP"));
        NoteData.saved(ownOfRecovering.api(), singleNote, NoteData.dap("Disclosed " + sentinel, "Honest.", "Next.",
                "ACKNOWLEDGE"));
        // Wednesday: a joint session, cancelled
        long cancelled = book(primary.id(), couple.id(), "COUPLE", at(monday.plusDays(2), 11), recovering, partner);
        Api.Reply c = PlanData.frontDesk().post("api/appointments/" + cancelled + "/cancel",
                "{\"reason\":\"Car broke down\"}");
        assertEquals(200, c.status(), c.toString());
        // Thursday: the partner's own session, booked
        long partnerOwn = book(ownOfPartner.id(), couple.id(), "INDIVIDUAL", at(monday.plusDays(3), 12), partner);
        // Friday: the recovering partner with the primary counsellor, not booked for the case
        long notForCase = book(primary.id(), null, "INDIVIDUAL", at(monday.plusDays(4), 13), recovering);

        String path = "api/cases/" + couple.id() + "/appointments";

        // front desk: every appointment of the case, newest first, no note state and no note text
        Api.Reply fd = PlanData.frontDesk().get(path);
        assertEquals(200, fd.status(), fd.toString());
        assertFalse(fd.body().contains(sentinel), fd.toString());
        assertFalse(fd.body().contains("Car broke down"), "no cancel reason either: " + fd);
        List<JsonObject> all = items(fd.json());
        assertEquals(List.of(partnerOwn, cancelled, single, joint), ids(all), "newest first; " + notForCase + " absent");
        assertEquals(couple.id(), fd.json().getJsonNumber("caseId").longValue());
        assertEquals("COUPLE", fd.json().getString("kind"));
        assertFalse(fd.json().getBoolean("ownOnly"));
        for (JsonObject i : all) {
            assertTrue(!i.containsKey("note") || i.isNull("note"), "front desk sees no note state: " + i);
        }
        JsonObject thu = all.get(0);
        assertEquals("INDIVIDUAL", thu.getString("type"));
        assertEquals("BOOKED", thu.getString("status"));
        assertEquals("Booked", thu.getString("statusLabel"));
        assertEquals("PARTNER", thu.getString("attendance"));
        assertEquals(ownOfPartner.id(), thu.getJsonNumber("counsellorId").longValue());
        assertEquals("cab Test", thu.getString("counsellor"));
        assertEquals(List.of(partner), attendees(thu));
        assertEquals(at(monday.plusDays(3), 12).toString(), Instant.parse(thu.getString("startsAt")).toString());
        ZoneId zone = ZoneId.of(thu.getString("zone"));
        assertEquals(LocalDateTime.ofInstant(at(monday.plusDays(3), 12), zone),
                LocalDateTime.parse(thu.getString("localStart")), "the start in the clinic's zone");
        JsonObject wed = all.get(1);
        assertEquals("CANCELLED", wed.getString("status"));
        assertEquals("Cancelled", wed.getString("statusLabel"));
        assertEquals("BOTH", wed.getString("attendance"));
        assertEquals(List.of(recovering, partner), attendees(wed), "in recovery first");
        assertEquals("IN_RECOVERY", all.get(2).getString("attendance"));
        assertEquals("Held", all.get(2).getString("statusLabel"));
        assertEquals("COMPLETED", all.get(3).getString("status"));
        assertEquals("COUPLE", all.get(3).getString("type"));

        // the primary counsellor: their own appointments of the case, with the note's state
        Api.Reply p = primary.api().get(path);
        assertEquals(200, p.status(), p.toString());
        assertFalse(p.body().contains(sentinel), p.toString());
        assertTrue(p.json().getBoolean("ownOnly"));
        List<JsonObject> mine = items(p.json());
        assertEquals(List.of(cancelled, joint), ids(mine));
        assertEquals("SIGNED", mine.get(1).getString("note"));
        assertTrue(!mine.get(0).containsKey("note") || mine.get(0).isNull("note"), "no note for a cancelled one");

        // the recovering partner's own counsellor: their session, its note a draft
        Api.Reply a = ownOfRecovering.api().get(path);
        assertEquals(200, a.status(), a.toString());
        assertFalse(a.body().contains(sentinel), a.toString());
        List<JsonObject> aItems = items(a.json());
        assertEquals(List.of(single), ids(aItems));
        assertEquals("DRAFT", aItems.get(0).getString("note"));

        // the other partner's own counsellor: only their own session, never the recovering partner's
        Api.Reply b = ownOfPartner.api().get(path);
        assertEquals(200, b.status(), b.toString());
        assertEquals(List.of(partnerOwn), ids(items(b.json())));

        // a counsellor not on the case: refused; no such case: 404; a bad id: 404 as for cases
        Api.Reply refused = outsider.api().get(path);
        assertProblem(refused, 403, "forbidden");
        assertFalse(refused.body().contains(String.valueOf(joint)), refused.toString());
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'DENIED'"
                + " AND client_id = ?", outsider.username(), partner) >= 1, "the refusal is audited");
        assertProblem(PlanData.frontDesk().get("api/cases/999999999/appointments"), 404, "not-found");
        assertProblem(primary.api().get("api/cases/999999999/appointments"), 404, "not-found");
        assertProblem(PlanData.frontDesk().get("api/cases/abc/appointments"), 404, "not-found");
    }

    @Test
    void anIndividualCaseListsItsHeldSessionWithNoNoteYet() {
        Person counsellor = PlanData.newStaff("cai", "COUNSELLOR");
        Case individual = PlanData.individualCase(counsellor);
        long client = individual.clients().get(0);
        LocalDate day = TestDays.freshWeekday();
        long held = book(counsellor.id(), individual.id(), "INDIVIDUAL", at(day, 15), client);
        hold(held);
        long noShow = book(counsellor.id(), individual.id(), "INDIVIDUAL", at(day.plusWeeks(1), 15), client);
        Api.Reply r = PlanData.frontDesk().post("api/appointments/" + noShow + "/no-show", "");
        assertEquals(200, r.status(), r.toString());

        Api.Reply mine = counsellor.api().get("api/cases/" + individual.id() + "/appointments");
        assertEquals(200, mine.status(), mine.toString());
        List<JsonObject> items = items(mine.json());
        assertEquals(List.of(noShow, held), ids(items));
        assertEquals("No-show", items.get(0).getString("statusLabel"));
        assertEquals("INDIVIDUAL", items.get(1).getString("attendance"));
        assertEquals("NONE", items.get(1).getString("note"), "held, no note written yet");
        assertEquals("INDIVIDUAL", mine.json().getString("kind"));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    private static long book(long counsellorId, Long caseId, String type, Instant start, long... clients) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (long c : clients) {
            ids.add(c);
        }
        var b = Json.createObjectBuilder().add("counsellorId", counsellorId).add("clientIds", ids).add("type", type)
                .add("start", start.toString()).add("videoLink", "https://video.example.org/c")
                .add("overrideReason", "test session outside set hours");
        if (caseId != null) {
            b.add("caseId", caseId);
        }
        Api.Reply r = PlanData.admin().post("api/appointments", b.build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static void hold(long appointmentId) {
        Api fd = PlanData.frontDesk();
        assertEquals(200, fd.post("api/appointments/" + appointmentId + "/check-in", "").status());
        assertEquals(200, fd.post("api/appointments/" + appointmentId + "/complete", "").status());
    }

    private static List<JsonObject> items(JsonObject list) {
        return list.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<Long> ids(List<JsonObject> items) {
        return items.stream().map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> attendees(JsonObject item) {
        return item.getJsonArray("attendees").stream().map(v -> v.asJsonObject().getJsonNumber("clientId").longValue())
                .toList();
    }
}
