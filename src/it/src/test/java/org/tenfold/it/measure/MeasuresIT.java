package org.tenfold.it.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;

/**
 * Outcome measures through the API against the real server and database: the catalogue (shipped definitions with
 * their sources and licences, a clinic's own imported, a changed version refused), scoring by the published rules
 * with change from the first response, critical answers acted on at once, immutability and corrections, front
 * desk's view, the other partner's counsellor's view, schedules and their end when a case closes.
 */
@ExtendWith(ArquillianExtension.class)
class MeasuresIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void theCatalogueShipsFourInstrumentsWithSourceAndLicenceAndTakesAClinicsOwnAsADefinition() {
        Person counsellor = PlanData.newStaff("meas", "COUNSELLOR");
        Api.Reply list = counsellor.api().get("api/instruments");
        List<JsonObject> items = MeasureData.items(list).stream().map(JsonValue::asJsonObject).toList();
        List<String> codes = items.stream().map(i -> i.getString("code")).toList();
        assertTrue(codes.containsAll(List.of("PHQ-9", "GAD-7", "CSI-4", "TEN-STEP")), codes.toString());
        for (JsonObject i : items) {
            assertTrue(i.getString("source").length() > 30, "source of " + i);
            assertTrue(i.getString("licence").length() > 30, "licence of " + i);
        }
        JsonObject phq9 = counsellor.api().get("api/instruments/PHQ-9").json();
        assertEquals(0, phq9.getJsonArray("items").getJsonObject(8).getJsonObject("critical").getInt("above"));
        assertEquals(10.0, phq9.getJsonObject("cutoff").getJsonNumber("value").doubleValue());
        assertEquals(6.0, phq9.getJsonObject("reliableChange").getJsonNumber("value").doubleValue());
        assertEquals(404, counsellor.api().get("api/instruments/NO-SUCH").status());
        assertEquals(404, counsellor.api().get("api/instruments/PHQ-9/versions/9").status());

        String code = "CLINIC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String definition = definition(code, 1, "How often do you feel rested?");
        Api admin = PlanData.admin();
        assertEquals(403, counsellor.api().post("api/instruments", definition).status(), "only an administrator imports");
        Api.Reply imported = admin.post("api/instruments", definition);
        assertEquals(201, imported.status(), imported.toString());
        assertEquals(code, imported.json().getString("code"));
        assertEquals("IMPORTED", imported.json().getString("origin"));
        assertEquals(201, admin.post("api/instruments", definition).status(), "the same version again changes nothing");
        Api.Reply changed = admin.post("api/instruments", definition(code, 1, "How often do you sleep well?"));
        assertEquals(409, changed.status(), "a stored version never changes: " + changed);
        assertTrue(changed.isProblem());
        Api.Reply second = admin.post("api/instruments", definition(code, 2, "How often do you sleep well?"));
        assertEquals(201, second.status(), second.toString());
        assertEquals(2, counsellor.api().get("api/instruments/" + code).json().getInt("version"));
        assertEquals("How often do you feel rested?", counsellor.api().get("api/instruments/" + code + "/versions/1")
                .json().getJsonArray("items").getJsonObject(0).getString("text"), "version 1 is kept as it was");
        Api.Reply broken = admin.post("api/instruments", definition(code, 0, "x"));
        assertEquals(400, broken.status(), broken.toString());
        assertTrue(broken.isProblem());
        assertTrue(broken.body().contains("version must be from 1"), broken.body());
        Api.Reply wrongRange = admin.post("api/instruments", definition(code, 3, "x").replace("\"max\": 3", "\"max\": 9"));
        assertEquals(400, wrongRange.status(), wrongRange.toString());
        assertTrue(wrongRange.body().contains("scoring.min and scoring.max must be 0 and 3"), wrongRange.body());
        assertEquals(400, admin.post("api/instruments", "not json").status());
    }

    static String definition(String code, int version, String question) {
        return """
                {"format": "tenfold-instrument/1", "code": "%s", "version": %d, "title": "Rest", "name": "A clinic's own",
                 "clientTitle": "A few questions", "instructions": "Over the last week:", "source": "Written by the clinic",
                 "licence": "The clinic's own",
                 "options": [{"value": 0, "label": "Never"}, {"value": 1, "label": "Sometimes"}, {"value": 2, "label": "Often"},
                             {"value": 3, "label": "Always"}],
                 "items": [{"number": 1, "text": "%s"}],
                 "scoring": {"method": "SUM", "min": 0, "max": 3, "higherIsBetter": true}}
                """.formatted(code, version, question);
    }

    @Test
    void aPhq9WithItemNineAboveNotAtAllRaisesTheRiskFlagAndAnUrgentTaskAtOnce() throws SQLException {
        Person lead = PlanData.newStaff("meas", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long partner = couple.partner();
        assertEquals(List.of(), flags(lead.api(), partner), "no flag yet");
        JsonObject r = MeasureData.given(lead.api(), partner, couple.id(), "PHQ-9", 1, 1, 1, 1, 1, 1, 1, 1, 2);
        assertEquals(10.0, MeasureData.score(r).getJsonNumber("total").doubleValue());
        assertTrue(MeasureData.score(r).getBoolean("critical"));

        List<JsonObject> raised = flags(lead.api(), partner);
        assertEquals(1, raised.size(), raised.toString());
        assertTrue(raised.get(0).getBoolean("raised"));
        assertFalse(raised.get(0).getString("summary").contains("dead"), "the flag says where to look, not what was said");
        List<JsonObject> tasks = MeasureData.items(lead.api().get("api/tasks")).stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("URGENT_FOLLOW_UP") && t.getJsonNumber("clientId").longValue() == partner)
                .toList();
        assertEquals(1, tasks.size(), "an urgent task for the case's counsellor");
        Instant due = Instant.parse(tasks.get(0).getString("dueAt"));
        assertTrue(due.isBefore(Instant.now().plus(5, ChronoUnit.HOURS)), "due within hours: " + due);
        assertFalse(tasks.get(0).getString("title").toLowerCase(Locale.ROOT).contains("phq"), "a non-clinical title");

        // a second critical answer: the flag stays one, a new urgent task is added
        MeasureData.given(lead.api(), partner, couple.id(), "PHQ-9", 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertEquals(1, flags(lead.api(), partner).size());
        assertEquals(2, MeasureData.items(lead.api().get("api/tasks")).stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("URGENT_FOLLOW_UP")
                        && t.getJsonNumber("clientId").longValue() == partner).count());
        // item 9 at "Not at all" raises nothing for the other partner
        MeasureData.given(lead.api(), couple.inRecovery(), couple.id(), "PHQ-9", 3, 3, 3, 3, 3, 3, 3, 3, 0);
        assertEquals(List.of(), flags(lead.api(), couple.inRecovery()));
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                "SELECT detail FROM audit_event WHERE client_id = ? AND action IN ('MEASURE_ANSWER', 'MEASURE_SUBMIT')")) {
            s.setLong(1, partner);
            try (ResultSet rows = s.executeQuery()) {
                int n = 0;
                while (rows.next()) {
                    n++;
                    assertTrue(rows.getString(1).matches("question \\d+ answered|sent in \\(paper\\)"), rows.getString(1));
                }
                assertEquals(2 * 10, n, "each answer and each sending in audited, never with what was answered");
            }
        }
    }

    private static List<JsonObject> flags(Api api, long client) {
        return MeasureData.items(api.get("api/clients/" + client + "/flags")).stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void scoresFollowThePublishedRulesAndChangeIsMeasuredFromTheFirst() {
        Person lead = PlanData.newStaff("meas", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long alex = couple.inRecovery();
        // PHQ-9: 2 x 8 = 16 (moderately severe), then 1+2+1+1+0+1+2+1+0 = 9 (mild): 7 down, reliable (6 or more) and
        // out of the clinical range (10 or more): clinically significant improvement
        MeasureData.given(lead.api(), alex, couple.id(), "PHQ-9", 2, 2, 2, 2, 2, 2, 2, 2, 0);
        JsonObject second = MeasureData.given(lead.api(), alex, couple.id(), "PHQ-9", 1, 2, 1, 1, 0, 1, 2, 1, 0);
        JsonObject score = MeasureData.score(second);
        assertEquals(9.0, score.getJsonNumber("total").doubleValue());
        assertEquals("Mild", score.getString("band"));
        assertFalse(score.getBoolean("clinical"));
        assertEquals(3.0, score.getJsonObject("subscales").getJsonNumber("PHQ-2").doubleValue());
        JsonObject change = score.getJsonObject("change");
        assertEquals(16.0, change.getJsonNumber("baseline").doubleValue());
        assertEquals(-7.0, change.getJsonNumber("delta").doubleValue());
        assertEquals("RELIABLE_IMPROVEMENT", change.getString("reliable"));
        assertEquals("CLINICALLY_SIGNIFICANT_IMPROVEMENT", change.getString("clinical"));

        JsonObject chart = MeasureData.chart(lead.api().get("api/clients/" + alex + "/measures/scores"), "PHQ-9");
        assertEquals(List.of(16.0, 9.0), MeasureData.totals(chart.getJsonArray("series").getJsonObject(0)));
        assertEquals(5, chart.getJsonArray("bands").size());
        assertEquals(10.0, chart.getJsonObject("cutoff").getJsonNumber("value").doubleValue());

        // the couple's CSI-4 side by side: Alex 4+4+3+4 = 15, the partner 2+2+3+2 = 9 (below 13.5)
        MeasureData.given(lead.api(), alex, couple.id(), "CSI-4", 4, 4, 3, 4);
        JsonObject partners = MeasureData.given(lead.api(), couple.partner(), couple.id(), "CSI-4", 2, 2, 3, 2);
        assertTrue(MeasureData.score(partners).getBoolean("clinical"));
        JsonObject csi = MeasureData.chart(lead.api().get("api/cases/" + couple.id() + "/measures/scores?instrument=CSI-4"),
                "CSI-4");
        assertEquals(2, csi.getJsonArray("series").size(), "both partners on one chart");
        assertEquals(List.of(15.0), MeasureData.totals(csi.getJsonArray("series").getJsonObject(0)));
        assertEquals(List.of(9.0), MeasureData.totals(csi.getJsonArray("series").getJsonObject(1)));
        assertEquals(13.5, csi.getJsonObject("cutoff").getJsonNumber("value").doubleValue());
        assertTrue(csi.getBoolean("higherIsBetter"));
    }

    @Test
    void aSubmittedResponseNeverChangesAndACorrectionIsANewResponseNamingIt() throws SQLException {
        Person lead = PlanData.newStaff("meas", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long client = couple.partner();
        long unfinished = MeasureData.paper(lead.api(), client, couple.id(), "GAD-7", "Filled in at reception");
        MeasureData.answers(lead.api(), unfinished, 2, 2, 1);
        Api.Reply early = lead.api().post("api/measure-responses/" + unfinished + "/submit", "");
        assertEquals(400, early.status(), early.toString());
        assertTrue(early.body().contains("questions 4, 5, 6, 7 are not answered yet"), early.body());
        JsonObject kept = lead.api().get("api/measure-responses/" + unfinished).json();
        assertEquals(3, kept.getJsonObject("summary").getInt("answered"), "partial answers are kept");
        assertEquals(400, MeasureData.answer(lead.api(), unfinished, 1, 7).status(), "not one of its answers");
        assertEquals(400, MeasureData.answer(lead.api(), unfinished, 12, 1).status(), "no such question");

        MeasureData.answers(lead.api(), unfinished, 2, 2, 1, 1, 0, 1, 1);
        JsonObject original = MeasureData.submitted(lead.api(), unfinished);
        assertEquals(8.0, MeasureData.score(original).getJsonNumber("total").doubleValue());
        assertEquals(409, MeasureData.answer(lead.api(), unfinished, 1, 3).status(), "sent in: never changed");
        assertEquals(409, lead.api().post("api/measure-responses/" + unfinished + "/submit", "").status());
        refusedByDatabase("UPDATE measure_answer SET answer_value = 3 WHERE response_id = ?", unfinished);
        refusedByDatabase("UPDATE measure_response SET staff_comment = 'changed' WHERE id = ?", unfinished);
        refusedByDatabase("DELETE FROM measure_answer WHERE response_id = ?", unfinished);

        Api.Reply correction = lead.api().post("api/measure-responses/" + unfinished + "/corrections",
                Json.createObjectBuilder().add("comment", "Item 1 was misread from the form").build().toString());
        assertEquals(201, correction.status(), correction.toString());
        long fix = MeasureData.id(correction.json());
        assertEquals(unfinished, correction.json().getJsonObject("summary").getJsonNumber("correctsId").longValue());
        assertEquals(7, correction.json().getJsonObject("summary").getInt("answered"), "the answers to change");
        assertEquals(409, lead.api().post("api/measure-responses/" + unfinished + "/corrections", "{}").status(),
                "one correction at a time");
        assertEquals(200, MeasureData.answer(lead.api(), fix, 1, 0).status());
        JsonObject corrected = MeasureData.submitted(lead.api(), fix);
        assertEquals(6.0, MeasureData.score(corrected).getJsonNumber("total").doubleValue());
        JsonObject now = lead.api().get("api/measure-responses/" + unfinished).json();
        assertEquals(fix, now.getJsonObject("summary").getJsonNumber("correctedById").longValue());
        assertEquals(8.0, MeasureData.score(now).getJsonNumber("total").doubleValue(), "the original is as it was");
        JsonObject chart = MeasureData.chart(lead.api().get("api/clients/" + client + "/measures/scores"), "GAD-7");
        assertEquals(List.of(6.0), MeasureData.totals(chart.getJsonArray("series").getJsonObject(0)),
                "the correction counts instead of what it corrects");
    }

    static void refusedByDatabase(String sql, long id) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, id);
                s.executeUpdate();
            }
        }, sql);
        assertEquals("45000", e.getSQLState(), e.toString());
    }

    @Test
    void frontDeskSeesOnlyThatAQuestionnaireWaitsAndAdministratorsNothing() {
        Person lead = PlanData.newStaff("meas", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long client = couple.partner();
        Api.Reply assigned = MeasureData.assign(lead.api(), couple.id(), client, "PHQ-9", "ONCE", "IN_SESSION",
                Json.createObjectBuilder().add("note", "Before the disclosure session"));
        assertEquals(201, assigned.status(), assigned.toString());
        assertEquals("STOPPED", assigned.json().getString("status"), "a once-only questionnaire is made at once");
        Api frontDesk = PlanData.frontDesk();
        Api.Reply due = frontDesk.get("api/clients/" + client + "/measures/due");
        assertEquals(1, MeasureData.items(due).size(), due.toString());
        JsonObject waiting = MeasureData.items(due).getJsonObject(0);
        assertEquals(java.util.Set.of("dueAt", "started"), waiting.keySet(), "when, and whether started; nothing else");
        assertFalse(due.body().contains("PHQ") || due.body().contains("disclosure"), due.body());
        assertEquals(403, frontDesk.get("api/clients/" + client + "/measures/responses").status());
        assertEquals(403, frontDesk.get("api/cases/" + couple.id() + "/measures/assignments").status());
        assertEquals(403, frontDesk.get("api/clients/" + client + "/measures/scores").status());
        long responseId = MeasureData.items(lead.api().get("api/clients/" + client + "/measures/responses"))
                .getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(403, frontDesk.get("api/measure-responses/" + responseId).status());
        assertEquals(403, frontDesk.post("api/measure-responses/" + responseId + "/link", "").status(),
                "front desk makes no links: the page shows what was answered so far");
        Api admin = PlanData.admin();
        assertEquals(403, admin.get("api/clients/" + client + "/measures/due").status());
        assertEquals(403, admin.get("api/measure-responses/" + responseId).status());
    }

    @Test
    void theOtherPartnersOwnCounsellorSeesAPartnersScoresOnlyWhileTheyShare() {
        Person lead = PlanData.newStaff("meas", "COUNSELLOR");
        Person ownOfAlex = PlanData.newStaff("measa", "COUNSELLOR");
        Person ownOfJordan = PlanData.newStaff("measj", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead, ownOfAlex, ownOfJordan);
        long alex = couple.inRecovery();
        long jordan = couple.partner();
        MeasureData.consent(lead.api(), alex, "SHARE");
        MeasureData.consent(lead.api(), jordan, "DO_NOT_SHARE");
        MeasureData.given(lead.api(), alex, couple.id(), "CSI-4", 4, 4, 4, 4);
        long jordans = MeasureData.id(MeasureData.given(lead.api(), jordan, couple.id(), "CSI-4", 1, 1, 1, 1));

        JsonObject seen = MeasureData.chart(ownOfAlex.api().get("api/cases/" + couple.id() + "/measures/scores"), "CSI-4");
        assertEquals(1, seen.getJsonArray("series").size(), "only Alex's: " + seen);
        assertEquals(alex, seen.getJsonArray("series").getJsonObject(0).getJsonObject("member").getJsonNumber("clientId")
                .longValue());
        assertEquals(1, seen.getJsonArray("withheld").size(), "Jordan's scores are said to be withheld");
        assertEquals(403, ownOfAlex.api().get("api/measure-responses/" + jordans).status());
        assertEquals(403, ownOfAlex.api().get("api/clients/" + jordan + "/measures/responses").status());
        assertEquals(2, MeasureData.chart(lead.api().get("api/cases/" + couple.id() + "/measures/scores"), "CSI-4")
                .getJsonArray("series").size(), "the lead counsellor sees both");
        assertEquals(2, MeasureData.chart(ownOfJordan.api().get("api/cases/" + couple.id() + "/measures/scores"),
                "CSI-4").getJsonArray("series").size(), "Alex shares: Jordan's counsellor sees both");
        Api.Reply refused = MeasureData.assign(ownOfAlex.api(), couple.id(), jordan, "PHQ-9", "ONCE", "IN_SESSION", null);
        assertEquals(403, refused.status(), "nor assigns Jordan anything");

        MeasureData.consent(lead.api(), jordan, "SHARE");
        assertEquals(2, MeasureData.chart(ownOfAlex.api().get("api/cases/" + couple.id() + "/measures/scores"), "CSI-4")
                .getJsonArray("series").size(), "once Jordan shares, both");
    }

    @Test
    void schedulesMakeQuestionnairesDueAndAllStopWhenTheCaseCloses() throws Exception {
        Person lead = PlanData.newStaff("meas", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long client = couple.inRecovery();
        Api.Reply weekly = MeasureData.assign(lead.api(), couple.id(), client, "GAD-7", "EVERY_N_WEEKS", "IN_SESSION",
                Json.createObjectBuilder().add("intervalWeeks", 2));
        assertEquals(201, weekly.status(), weekly.toString());
        assertEquals("ACTIVE", weekly.json().getString("status"));
        assertEquals(1, MeasureData.items(lead.api().get("api/clients/" + client + "/measures/due")).size(),
                "its first, starting today, is due at once");
        assertEquals(400, MeasureData.assign(lead.api(), couple.id(), client, "GAD-7", "EVERY_N_WEEKS", "IN_SESSION",
                null).status(), "every how many weeks?");
        assertEquals(400, MeasureData.assign(lead.api(), couple.id(), 999_999_999L, "GAD-7", "ONCE", "IN_SESSION", null)
                .status(), "not a member");

        Api.Reply before = MeasureData.assign(lead.api(), couple.id(), client, "PHQ-9", "BEFORE_APPOINTMENT", "IN_SESSION",
                Json.createObjectBuilder().add("leadHours", 48));
        assertEquals(201, before.status(), before.toString());
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(30, ChronoUnit.HOURS)
                .plus(java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 4) * 15L, ChronoUnit.MINUTES);
        Api.Reply booked = PlanData.admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", lead.id()).add("clientIds", Json.createArrayBuilder().add(client).add(couple.partner()))
                .add("type", "COUPLE").add("caseId", couple.id()).add("start", start.toString())
                .add("videoLink", "https://video.example.org/m").add("overrideReason", "test session outside set hours")
                .build().toString());
        assertEquals(201, booked.status(), booked.toString());
        long appointment = booked.json().getJsonNumber("id").longValue();
        long made = awaitRows("SELECT COUNT(*) FROM measure_response WHERE assignment_id = ? AND appointment_id = ?",
                before.json().getJsonNumber("id").longValue(), appointment);
        assertEquals(1, made, "the schedule makes one questionnaire for the appointment, 48 hours before it");
        assertEquals(2, MeasureData.items(lead.api().get("api/clients/" + client + "/measures/due")).size());

        Api.Reply closed = lead.api().post("api/cases/" + couple.id() + "/close", Json.createObjectBuilder()
                .add("reason", "COMPLETED").build().toString());
        assertEquals(200, closed.status(), closed.toString());
        List<JsonObject> assignments = MeasureData.items(lead.api().get("api/cases/" + couple.id() + "/measures/assignments"))
                .stream().map(JsonValue::asJsonObject).toList();
        assertTrue(assignments.stream().allMatch(a -> a.getString("status").equals("STOPPED")), assignments.toString());
        assertTrue(assignments.stream().allMatch(a -> "CASE_CLOSED".equals(a.getString("stopReason", ""))),
                assignments.toString());
        assertEquals(0, MeasureData.items(lead.api().get("api/clients/" + client + "/measures/due")).size(),
                "nothing waits once the case closes");
        List<String> statuses = MeasureData.items(lead.api().get("api/clients/" + client + "/measures/responses")).stream()
                .map(r -> r.asJsonObject().getString("status")).toList();
        assertEquals(List.of("CANCELLED", "CANCELLED"), statuses);
        assertEquals(409, MeasureData.assign(lead.api(), couple.id(), client, "PHQ-9", "ONCE", "IN_SESSION", null).status(),
                "a closed case takes no new questionnaires");
    }

    /** Polls the database until the count is above zero (the schedule runs every few seconds), or fails. */
    static long awaitRows(String sql, long first, long second) throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(sql)) {
                s.setLong(1, first);
                s.setLong(2, second);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return r.getLong(1);
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Nothing came of " + sql + " within 40 s");
    }

    @Test
    void theProgressReportChartsTheChosenQuestionnairesAsFarAsEachPartnerSharesAndNeverACriticalAnswer()
            throws Exception {
        Person lead = PlanData.newStaff("meas", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long alex = couple.inRecovery();
        long jordan = couple.partner();
        MeasureData.consent(lead.api(), alex, "SHARE");
        MeasureData.consent(lead.api(), jordan, "DO_NOT_SHARE");
        Api api = lead.api();
        MeasureData.given(api, alex, couple.id(), "CSI-4", 2, 2, 2, 2);
        MeasureData.given(api, alex, couple.id(), "CSI-4", 4, 4, 4, 4);
        MeasureData.given(api, jordan, couple.id(), "CSI-4", 1, 2, 2, 2);
        MeasureData.given(api, jordan, couple.id(), "CSI-4", 3, 3, 3, 3);
        MeasureData.given(api, jordan, couple.id(), "PHQ-9", 1, 1, 1, 1, 1, 1, 1, 1, 1);

        long joint = draft(api, alex, couple.id(), "JOINT");
        Api.Reply chosen = api.put("api/progress-reports/" + joint + "/measures", Json.createObjectBuilder()
                .add("instruments", Json.createArrayBuilder().add("CSI-4").add("PHQ-9")).build().toString(), null);
        assertEquals(200, chosen.status(), chosen.toString());
        assertEquals(List.of("CSI-4", "PHQ-9"), api.get("api/progress-reports/" + joint + "/measures").json()
                .getJsonArray("instruments").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(400, api.put("api/progress-reports/" + joint + "/measures", "{\"instruments\":[\"NO-SUCH\"]}", null)
                .status());
        String jointText = pdfText(api, joint);
        assertTrue(jointText.contains("Your questionnaires"), jointText);
        assertTrue(jointText.contains("CSI-4: How things are between you and your partner"), jointText);
        assertTrue(jointText.contains("Latest 16 (Satisfied)"), "Alex shares: Alex's line and caption: " + jointText);
        assertFalse(jointText.contains("Latest 12") || jointText.contains("latest 12"), "Jordan does not share");
        assertTrue(jointText.contains("No scores in this period."), "Jordan's PHQ-9 is not in what Alex receives");

        long own = draft(api, jordan, couple.id(), "PARTNER_OWN");
        assertEquals(200, api.put("api/progress-reports/" + own + "/measures", "{\"instruments\":[\"PHQ-9\",\"CSI-4\"]}",
                null).status());
        String ownText = pdfText(api, own);
        assertTrue(ownText.contains("Latest 9 (Mild)"), ownText);
        assertTrue(ownText.contains("Latest 12 (Notable dissatisfaction)"), ownText);
        assertFalse(ownText.contains("Latest 16"), "never the other partner's, shared or not");
        for (String critical : List.of("better off dead", "hurting yourself", "Needs follow-up", "item 9", "critical")) {
            assertFalse(ownText.contains(critical), "no critical answer in a client's document: " + critical);
        }
        assertEquals(200, api.post("api/progress-reports/" + own + "/release", "").status());
        assertEquals(409, api.put("api/progress-reports/" + own + "/measures", "{\"instruments\":[]}", null).status(),
                "a released report keeps what it charted");
        // the member's export: their questionnaires, never a critical item's answer, nor that one was positive
        JsonObject measures = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(get(api,
                "api/clients/" + jordan + "/record-export")))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("measures.json")) {
                    measures = Json.createReader(new java.io.StringReader(new String(zip.readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8))).readObject();
                }
            }
        }
        assertTrue(measures != null, "the export holds measures.json");
        JsonObject phq9 = measures.getJsonArray("responses").stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonObject("summary").getString("instrumentCode").equals("PHQ-9")).findFirst().orElseThrow();
        JsonObject item9 = phq9.getJsonArray("items").getJsonObject(8);
        assertTrue(!item9.containsKey("value") || item9.isNull("value"), "item 9's answer is left out: " + item9);
        assertFalse(item9.getBoolean("critical"));
        assertFalse(phq9.getJsonObject("summary").getJsonObject("score").getBoolean("critical"));
        assertTrue(phq9.getString("withheld").contains("safety"), phq9.toString());
        assertEquals(1, phq9.getJsonArray("items").getJsonObject(0).getInt("value"), "the other answers are there");
        assertEquals(3, measures.getJsonArray("responses").size(), "Jordan's own, not Alex's");
    }

    private static byte[] get(Api api, String path) throws Exception {
        java.net.http.HttpResponse<byte[]> r = TestServer.httpClient(java.net.http.HttpClient.Redirect.NEVER).send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(TestServer.baseUrl() + path)).header("Authorization", "Bearer "
                        + api.token()).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private static long draft(Api api, long client, long caseId, String kind) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Api.Reply r = api.post("api/clients/" + client + "/progress-reports", Json.createObjectBuilder()
                .add("caseId", caseId).add("from", today.minusDays(30).toString()).add("to", today.plusDays(1).toString())
                .add("kind", kind).build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static String pdfText(Api api, long report) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(get(api, "api/progress-reports/" + report + "/pdf"))) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
