package org.tenfold.it.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.care.CareData.Person;

/**
 * Appointments booked for a case, through the API as front desk books them: a couple's case brings
 * both partners, an individual session takes one of them, a client off the case or a closed case is
 * refused, a series keeps its case, and what front desk reads of a case is its kind, its members'
 * names and its counsellor, never clinical text.
 */
@ExtendWith(ArquillianExtension.class)
class CaseBookingIT {

    /** Words of the partners' intakes: clinical text that must never reach front desk. */
    private static final String CLINICAL = "Discovery words only the counsellor reads";
    /** What an appointment's JSON may carry, and nothing else. */
    private static final Set<String> APPOINTMENT_FIELDS = Set.of("id", "counsellor", "clients", "type", "start", "end",
            "status", "version", "seriesId", "caseId", "room", "videoLink", "frontDeskNote", "cancelReason");

    private static Api frontDesk;
    private static Person caseCounsellor;
    private static long bookedCounsellor;
    private static String last;
    private static long alex;
    private static long jordan;
    private static long coupleCase;
    private static long closedCase;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void aCoupleInCare() {
        frontDesk = CareData.frontDesk();
        bookedCounsellor = CareData.demoStaff().get("counsellor2");
        caseCounsellor = CareData.newStaff("cb", "COUNSELLOR");
        last = ClientData.uniqueWord("Dem");
        alex = ClientData.create(frontDesk, ClientData.client("Alex", last)).getJsonNumber("id").longValue();
        jordan = ClientData.create(frontDesk, ClientData.client("Jordan", last)).getJsonNumber("id").longValue();
        LocalDate intakeWeek = TestDays.freshWeek();
        bookIntake(caseCounsellor.id(), alex, intakeWeek);
        bookIntake(caseCounsellor.id(), jordan, intakeWeek.plusDays(1));
        CareData.submitIntake(caseCounsellor.api(), alex, CareData.completeAnswers().add("presentingConcerns", CLINICAL));
        CareData.submitIntake(caseCounsellor.api(), jordan, CareData.completeAnswers().add("presentingConcerns", CLINICAL));
        Api.Reply opened = caseCounsellor.api().post("api/cases", Json.createObjectBuilder().add("kind", "COUPLE")
                .add("primaryCounsellorId", caseCounsellor.id()).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", alex).add("role", "IN_RECOVERY"))
                        .add(Json.createObjectBuilder().add("clientId", jordan).add("role", "PARTNER")))
                .build().toString());
        assertEquals(201, opened.status(), opened.toString());
        coupleCase = opened.json().getJsonNumber("id").longValue();

        long robin = CareData.newClient("Robin");
        bookIntake(caseCounsellor.id(), robin, intakeWeek.plusDays(2));
        CareData.submitIntake(caseCounsellor.api(), robin, CareData.completeAnswers());
        closedCase = CareData.openIndividual(caseCounsellor.api(), caseCounsellor.id(), robin).getJsonNumber("id")
                .longValue();
        Api.Reply read = caseCounsellor.api().get("api/cases/" + closedCase);
        Api.Reply closed = caseCounsellor.api().post("api/cases/" + closedCase + "/close",
                "{\"reason\":\"COMPLETED\",\"note\":\"" + CLINICAL + "\"}", read.etag());
        assertEquals("CLOSED", closed.json().getString("status"), closed.toString());
    }

    @Test
    void aCoupleSessionForTheCaseBringsBothPartnersAndNothingClinical() throws Exception {
        Instant start = aWeekdayAt(10);
        Api.Reply booked = book(frontDesk, booking("COUPLE", start, List.of()).add("caseId", coupleCase));
        assertEquals(201, booked.status(), booked.toString());
        JsonObject body = booked.json();
        assertEquals(coupleCase, body.getJsonNumber("caseId").longValue(), body.toString());
        assertEquals(Set.of(alex, jordan), clientIdsOf(body), "both partners attend: " + body);
        assertTrue(APPOINTMENT_FIELDS.containsAll(body.keySet()), "only appointment fields: " + body.keySet());
        assertFalse(booked.body().contains(CLINICAL), "no clinical text: " + booked);
        long id = body.getJsonNumber("id").longValue();

        // the calendar names the case too
        JsonObject listed = frontDesk.get("api/appointments?from=" + start.minusSeconds(3600) + "&to="
                + start.plusSeconds(3 * 3600) + "&clientId=" + alex).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow();
        assertEquals(coupleCase, listed.getJsonNumber("caseId").longValue(), listed.toString());
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM appointment WHERE id = ? AND case_id = ?", id, coupleCase));
        assertEquals(2, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'APPOINTMENT_BOOK'"
                + " AND entity_id = ? AND detail LIKE ?", String.valueOf(id), "%for case " + coupleCase + "%"));

        // moving and cancelling keep the case
        Api.Reply moved = frontDesk.post("api/appointments/" + id + "/move",
                "{\"start\":\"" + start.plusSeconds(3600) + "\",\"videoLink\":\"https://video.example.org/case\"}",
                "\"" + body.getJsonNumber("version") + "\"");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(coupleCase, moved.json().getJsonNumber("caseId").longValue(), moved.toString());
        Api.Reply cancelled = frontDesk.post("api/appointments/" + id + "/cancel", "{\"reason\":\"Car broke down\"}");
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals(coupleCase, cancelled.json().getJsonNumber("caseId").longValue(), cancelled.toString());
    }

    @Test
    void frontDeskSeesACaseAsKindNamesAndCounsellorOnly() {
        Api.Reply choices = frontDesk.get("api/appointments/case-choices?clientId=" + jordan);
        assertEquals(200, choices.status(), choices.toString());
        assertEquals(1, choices.json().getJsonArray("items").size(), choices.toString());
        JsonObject c = choices.json().getJsonArray("items").getJsonObject(0);
        assertEquals(coupleCase, c.getJsonNumber("id").longValue());
        assertEquals("COUPLE", c.getString("kind"));
        assertEquals("Couple case — Alex & Jordan " + last + " — counsellor cb Test", c.getString("label"));
        assertEquals(2, c.getJsonArray("members").size());
        assertEquals(Set.of("id", "kind", "label", "members"), c.keySet(), "nothing more of the case: " + c);
        assertFalse(choices.body().contains(CLINICAL), choices.toString());

        long robinCases = CareData.newClient("Noone");
        assertEquals(0, frontDesk.get("api/appointments/case-choices?clientId=" + robinCases).json()
                .getJsonArray("items").size(), "a client without a case has none to offer");
        assertEquals(403, caseCounsellor.api().get("api/appointments/case-choices?clientId=" + alex).status(),
                "counsellors do not book");
        ClientData.assertProblem(frontDesk.get("api/appointments/case-choices?clientId=x"), 400, "invalid-input");
    }

    @Test
    void anIndividualSessionOfACoupleCaseIsForOnePartner() {
        Instant start = aWeekdayAt(13);
        Api.Reply one = book(frontDesk, booking("INDIVIDUAL", start, List.of(jordan)).add("caseId", coupleCase));
        assertEquals(201, one.status(), one.toString());
        assertEquals(Set.of(jordan), clientIdsOf(one.json()));
        assertEquals(coupleCase, one.json().getJsonNumber("caseId").longValue());

        JsonObject both = ClientData.assertProblem(book(frontDesk, booking("INDIVIDUAL", start.plus(1, ChronoUnit.DAYS),
                List.of(alex, jordan)).add("caseId", coupleCase)), 400, "invalid-input");
        assertTrue(both.getJsonObject("errors").getString("clientIds").contains("one partner"), both.toString());
        JsonObject half = ClientData.assertProblem(book(frontDesk, booking("COUPLE", start.plus(2, ChronoUnit.DAYS),
                List.of(alex)).add("caseId", coupleCase)), 400, "invalid-input");
        assertTrue(half.getJsonObject("errors").getString("clientIds").contains("both partners"), half.toString());
    }

    @Test
    void aClientOffTheCaseAnUnknownCaseAndAClosedCaseAreRefused() throws Exception {
        Instant start = aWeekdayAt(15);
        long stranger = CareData.newClient("Stranger");
        JsonObject notMember = ClientData.assertProblem(book(frontDesk, booking("COUPLE", start,
                List.of(alex, stranger)).add("caseId", coupleCase)), 400, "invalid-input");
        assertTrue(notMember.getJsonObject("errors").getString("clientIds").contains("Client " + stranger
                + " is not a member of case " + coupleCase), notMember.toString());

        JsonObject unknown = ClientData.assertProblem(book(frontDesk, booking("COUPLE", start, List.of())
                .add("caseId", 987_654_321L)), 400, "invalid-input");
        assertTrue(unknown.getJsonObject("errors").containsKey("caseId"), unknown.toString());

        Api.Reply closed = book(frontDesk, booking("INDIVIDUAL", start, List.of()).add("caseId", closedCase));
        JsonObject problem = ClientData.assertProblem(closed, 409, null);
        assertTrue(problem.getString("detail").contains("is closed"), problem.toString());
        assertFalse(closed.body().contains(CLINICAL), closed.toString());

        JsonObject nobody = ClientData.assertProblem(book(frontDesk, booking("INDIVIDUAL", start, List.of())), 400,
                "invalid-input");
        assertTrue(nobody.getJsonObject("errors").containsKey("clientIds"), "no client and no case: " + nobody);
        assertEquals(0, ClientData.count("SELECT COUNT(*) FROM appointment_client WHERE client_id = ?", stranger));
    }

    @Test
    void aSeriesForTheCaseKeepsItsCaseInEverySession() {
        Instant start = aWeekdayAt(11);
        JsonObjectBuilder series = booking("COUPLE", start, List.of()).add("caseId", coupleCase)
                .add("recurrence", "WEEKLY").add("count", 3);
        Api.Reply booked = frontDesk.post("api/appointments/series", series.build().toString());
        assertEquals(201, booked.status(), booked.toString());
        List<JsonObject> sessions = booked.json().getJsonArray("booked").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(3, sessions.size(), booked.toString());
        for (JsonObject s : sessions) {
            assertEquals(coupleCase, s.getJsonNumber("caseId").longValue(), s.toString());
            assertEquals(Set.of(alex, jordan), clientIdsOf(s));
        }
        JsonObjectBuilder stranger = booking("COUPLE", aWeekdayAt(11), List.of(alex, CareData.newClient("Other")))
                .add("caseId", coupleCase).add("recurrence", "WEEKLY").add("count", 3);
        ClientData.assertProblem(frontDesk.post("api/appointments/series", stranger.build().toString()), 400,
                "invalid-input");
    }

    /** An intake by video on that day (the administrator overrides the new counsellor's empty hours). */
    private static void bookIntake(long counsellorId, long clientId, LocalDate day) {
        Api.Reply r = CareData.admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellorId).add("clientIds", Json.createArrayBuilder().add(clientId))
                .add("type", "INTAKE").add("start", day.atTime(9, 0).toInstant(ZoneOffset.UTC).toString())
                .add("videoLink", "https://video.example.org/intake")
                .add("overrideReason", "test intake outside set hours").build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private static JsonObjectBuilder booking(String type, Instant start, List<Long> clients) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        clients.forEach(ids::add);
        return Json.createObjectBuilder().add("counsellorId", bookedCounsellor)
                .add("videoLink", "https://video.example.org/case").add("clientIds", ids).add("type", type)
                .add("start", start.toString());
    }

    private static Api.Reply book(Api api, JsonObjectBuilder booking) {
        return api.post("api/appointments", booking.build().toString());
    }

    private static Set<Long> clientIdsOf(JsonObject appointment) {
        return Set.copyOf(appointment.getJsonArray("clients").stream()
                .map(c -> c.asJsonObject().getJsonNumber("id").longValue()).toList());
    }

    /** A weekday of a week that is this call's alone, so tests never meet each other's bookings. */
    private static Instant aWeekdayAt(int hourUtc) {
        return TestDays.freshWeekday().atTime(hourUtc, 0).toInstant(ZoneOffset.UTC);
    }
}
