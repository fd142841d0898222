package org.tenfold.it.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.care.CareData.Person;

/**
 * Intake and cases through the API: enquiries, drafts and submit with per-field messages, stale
 * versions, a couple's sharing agreements per partner (changeable, each change a new row) and what
 * they open, exact consent versions, withdrawal kept, the risk flag and task, break-the-glass.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeAndCasesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anEnquiryRegistersTheClientAsEnquiryAndBadInputNamesTheField() {
        String last = ClientData.uniqueWord("Enq");
        Api.Reply taken = CareData.frontDesk().post("api/enquiries", Json.createObjectBuilder()
                .add("legalFirstName", "Robin").add("legalLastName", last).add("phone", "07700 900" + ClientData.digits(3))
                .add("status", "ACTIVE").add("heardAbout", "A podcast").add("reason", "Wants to talk about trust")
                .add("preferredCounsellorId", CareData.demoStaff().get("counsellor"))
                .add("preferredTimes", "Mondays after 18:00").build().toString());
        assertEquals(201, taken.status(), taken.toString());
        JsonObject e = taken.json();
        assertEquals("ENQUIRY", e.getString("clientStatus"), "an enquiry always starts as ENQUIRY");
        assertTrue(taken.location().contains("/api/clients/" + e.getJsonNumber("clientId").longValue()));
        assertEquals("frontdesk", e.getString("takenBy"));
        assertEquals("counsellor", e.getJsonObject("preferredCounsellor").getString("username"));
        Api.Reply listed = CareData.frontDesk().get("api/enquiries?clientId=" + e.getJsonNumber("clientId"));
        assertEquals("A podcast", listed.json().getJsonArray("items").getJsonObject(0).getString("heardAbout"));

        JsonObject bad = ClientData.assertProblem(CareData.frontDesk().post("api/enquiries",
                "{\"legalFirstName\":\"Robin\",\"reason\":\"" + "x".repeat(1001) + "\"}"), 400, "invalid-input");
        assertTrue(bad.getJsonObject("errors").containsKey("legalLastName"), bad.toString());
        assertTrue(bad.getJsonObject("errors").containsKey("reason"), bad.toString());
    }

    @Test
    void draftsTakePartialAnswersSubmitNamesEachMissingFieldAndStaleVersionsAreRefused() throws Exception {
        Person c = CareData.newStaff("ci", "COUNSELLOR");
        long client = CareData.newClient("Dana");
        CareData.bookIntake(c.id(), client);
        String intake = "api/clients/" + client + "/intake";

        Api.Reply empty = c.api().get(intake);
        assertEquals("DRAFT", empty.json().getString("status"));
        Api.Reply draft = c.api().put(intake, "{\"presentingConcerns\":\"Only this so far\"}", null);
        assertEquals(200, draft.status(), draft.toString());
        String v1 = draft.etag();

        ClientData.assertProblem(c.api().post(intake + "/submit", "", null), 428, "precondition-required");
        JsonObject missing = ClientData.assertProblem(c.api().post(intake + "/submit", "", v1), 400, "invalid-input");
        for (String field : List.of("behaviourWhat", "behaviourSince", "behaviourFrequency", "behaviourMostRecent",
                "relationshipStatus", "partnerInCare", "selfHarmThoughts", "protectiveFactors", "violenceAtHome",
                "safeAtHome", "riskToOthers")) {
            assertTrue(missing.getJsonObject("errors").containsKey(field), field + " in " + missing);
        }
        assertEquals("DRAFT", c.api().get(intake).json().getString("status"), "nothing half-saved");

        Api.Reply resumed = c.api().put(intake, CareData.completeAnswers().build().toString(), v1);
        assertEquals(200, resumed.status(), resumed.toString());
        assertEquals("Wants help with a habit that hurts the relationship.",
                c.api().get(intake).json().getJsonObject("answers").getString("presentingConcerns"), "draft resumed");
        ClientData.assertProblem(c.api().put(intake, "{\"presentingConcerns\":\"overwrite\"}", v1), 412, "stale");
        ClientData.assertProblem(c.api().put(intake, "{\"presentingConcerns\":\"overwrite\"}", null), 412, "stale");
        ClientData.assertProblem(c.api().put(intake, "{\"relationshipStatus\":\"NOT_A_STATUS\"}", resumed.etag()), 400,
                null);
        ClientData.assertProblem(c.api().post(intake + "/submit", "", v1), 412, "stale");

        // a case cannot be opened from a draft
        long other = CareData.newClient("Eli");
        CareData.bookIntake(c.id(), other);
        assertEquals(200, c.api().put("api/clients/" + other + "/intake", "{}", null).status());
        JsonObject notSubmitted = ClientData.assertProblem(c.api().post("api/cases", Json.createObjectBuilder()
                .add("kind", "INDIVIDUAL").add("primaryCounsellorId", c.id()).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", other).add("role", "INDIVIDUAL")))
                .build().toString()), 400, "invalid-input");
        assertTrue(notSubmitted.getJsonObject("errors").containsKey("members[0].clientId"), notSubmitted.toString());

        Api.Reply submitted = c.api().post(intake + "/submit", "", resumed.etag());
        assertEquals(200, submitted.status(), submitted.toString());
        assertFalse(submitted.json().getBoolean("riskFlagRaised"));
        JsonObject opened = CareData.openIndividual(c.api(), c.id(), client);
        assertEquals("OPEN", opened.getString("status"));
        assertEquals("REVIEWED", c.api().get(intake).json().getString("status"));
        assertEquals("ACTIVE", CareData.frontDesk().get("api/clients/" + client).json().getString("status"));

        long caseId = opened.getJsonNumber("id").longValue();
        Api.Reply read = c.api().get("api/cases/" + caseId);
        ClientData.assertProblem(c.api().post("api/cases/" + caseId + "/close", "{\"reason\":\"COMPLETED\"}",
                "\"" + (Long.parseLong(read.etag().replace("\"", "")) + 7) + "\""), 412, "stale");
        ClientData.assertProblem(c.api().post("api/cases/" + caseId + "/close", "{}", read.etag()), 400,
                "invalid-input");
        Api.Reply closed = c.api().post("api/cases/" + caseId + "/close", "{\"reason\":\"REFERRED_ON\",\"note\":\"x\"}",
                read.etag());
        assertEquals("CLOSED", closed.json().getString("status"), closed.toString());
        assertEquals("REFERRED_ON", closed.json().getString("closeReason"));
        Api.Reply reopened = c.api().post("api/cases/" + caseId + "/reopen", "{}");
        JsonArray history = reopened.json().getJsonArray("history");
        assertEquals(List.of("OPENED", "CLOSED", "REOPENED"), history.stream()
                .map(h -> h.asJsonObject().getString("event")).toList(), "history kept");
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_REOPEN'"
                + " AND entity_id = ? AND outcome = 'SUCCESS'", String.valueOf(caseId)));
    }

    @Test
    void eachPartnerChoosesWhatIsSharedAndAChangeIsANewRow() throws Exception {
        Person coupleCounsellor = CareData.newStaff("cc", "COUNSELLOR");
        Person ownCounsellor = CareData.newStaff("co", "COUNSELLOR");
        long inRecovery = CareData.newClient("Rae");
        long partner = CareData.newClient("Sol");
        CareData.bookIntake(coupleCounsellor.id(), inRecovery);
        CareData.bookIntake(coupleCounsellor.id(), partner);
        CareData.submitIntake(coupleCounsellor.api(), inRecovery, CareData.completeAnswers());
        CareData.submitIntake(coupleCounsellor.api(), partner, CareData.completeAnswers()
                .add("presentingConcerns", "Partner's own words about the discovery."));
        Api.Reply opened = coupleCounsellor.api().post("api/cases", Json.createObjectBuilder().add("kind", "COUPLE")
                .add("primaryCounsellorId", coupleCounsellor.id()).add("members", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("clientId", inRecovery).add("role", "IN_RECOVERY")
                                .add("ownCounsellorId", ownCounsellor.id()))
                        .add(Json.createObjectBuilder().add("clientId", partner).add("role", "PARTNER")))
                .build().toString());
        assertEquals(201, opened.status(), opened.toString());
        JsonArray members = opened.json().getJsonArray("members");
        assertEquals(2, members.size(), "a couple's case shows both partners");

        Api cc = coupleCounsellor.api();
        assertEquals(201, cc.post("api/clients/" + inRecovery + "/consents",
                "{\"kind\":\"PARTNER_SHARING\",\"version\":1,\"decision\":\"SHARE\"}").status());
        assertEquals(201, cc.post("api/clients/" + partner + "/consents",
                "{\"kind\":\"PARTNER_SHARING\",\"version\":1,\"decision\":\"DO_NOT_SHARE\"}").status());

        // the in-recovery partner's own counsellor: their own client yes, the partner who does not share no
        Api own = ownCounsellor.api();
        assertEquals(200, own.get("api/clients/" + inRecovery + "/intake").status());
        assertEquals(403, own.get("api/clients/" + partner + "/intake").status());
        assertEquals(200, own.get("api/cases/" + opened.json().getJsonNumber("id")).status(), "the case itself");

        // the partner changes their mind: a new row, and it takes effect at once
        assertEquals(201, cc.post("api/clients/" + partner + "/consents",
                "{\"kind\":\"PARTNER_SHARING\",\"version\":1,\"decision\":\"SHARE\"}").status());
        Api.Reply now = own.get("api/clients/" + partner + "/intake");
        assertEquals(200, now.status(), now.toString());
        assertEquals("Partner's own words about the discovery.",
                now.json().getJsonObject("answers").getString("presentingConcerns"));

        JsonObject partnerConsents = cc.get("api/clients/" + partner + "/consents").json();
        assertEquals(List.of("DO_NOT_SHARE", "SHARE"), decisions(partnerConsents.getJsonArray("history")));
        assertEquals(List.of("SHARE"), decisions(partnerConsents.getJsonArray("current")));
        assertEquals(coupleCounsellor.username(), partnerConsents.getJsonArray("history").getJsonObject(0)
                .getString("witness"));
        assertEquals(List.of("SHARE"), decisions(cc.get("api/clients/" + inRecovery + "/consents").json()
                .getJsonArray("history")), "each partner's agreement is their own");

        // withdrawing sharing records DO_NOT_SHARE and closes the door again
        assertEquals(201, cc.post("api/clients/" + partner + "/consents/PARTNER_SHARING/withdraw", "").status());
        assertEquals(403, own.get("api/clients/" + partner + "/intake").status());
        assertEquals(3, ClientData.count("SELECT COUNT(*) FROM consent_record WHERE client_id = ?"
                + " AND kind = 'PARTNER_SHARING'", partner));
    }

    @Test
    void consentVersionsAreExactAndWithdrawalIsRecordedNotDeleted() throws Exception {
        Person c = CareData.newStaff("cv", "COUNSELLOR");
        long client = CareData.newClient("Val");
        CareData.bookIntake(c.id(), client);
        JsonArray forms = CareData.frontDesk().get("api/consent-forms").json().getJsonArray("items");
        assertEquals(4, forms.size());
        JsonObject treatment = forms.stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("kind").equals("TREATMENT")).findFirst().orElseThrow();
        assertEquals(1, treatment.getInt("version"));
        assertFalse(treatment.getString("wording").isBlank());

        String consents = "api/clients/" + client + "/consents";
        JsonObject wrongVersion = ClientData.assertProblem(CareData.frontDesk().post(consents,
                "{\"kind\":\"TREATMENT\",\"version\":2,\"decision\":\"GIVEN\"}"), 400, "invalid-input");
        assertTrue(wrongVersion.getJsonObject("errors").containsKey("version"));
        JsonObject wrongDecision = ClientData.assertProblem(CareData.frontDesk().post(consents,
                "{\"kind\":\"TREATMENT\",\"version\":1,\"decision\":\"SHARE\"}"), 400, "invalid-input");
        assertTrue(wrongDecision.getJsonObject("errors").containsKey("decision"));
        ClientData.assertProblem(CareData.frontDesk().post(consents,
                "{\"kind\":\"PARTNER_SHARING\",\"version\":1,\"decision\":\"SHARE\"}"), 403, "forbidden");

        Api.Reply given = CareData.frontDesk().post(consents, "{\"kind\":\"TREATMENT\",\"version\":1,\"decision\":\"GIVEN\"}");
        assertEquals(201, given.status(), given.toString());
        assertEquals(1, given.json().getInt("formVersion"));
        assertEquals("frontdesk", given.json().getString("witness"));
        assertEquals(treatment.getString("wording"), ClientData.text("SELECT f.wording FROM consent_record r"
                + " JOIN consent_form f ON f.id = r.form_id WHERE r.id = ?", given.json().getJsonNumber("id").longValue()),
                "the record points at the exact wording agreed to");

        Api.Reply withdrawn = c.api().post(consents + "/TREATMENT/withdraw", "");
        assertEquals(201, withdrawn.status(), withdrawn.toString());
        assertEquals("WITHDRAWN", withdrawn.json().getString("decision"));
        assertEquals(1, withdrawn.json().getInt("formVersion"));
        assertEquals(2, ClientData.count("SELECT COUNT(*) FROM consent_record WHERE client_id = ? AND kind = 'TREATMENT'",
                client), "the consent is still there, followed by its withdrawal");
        ClientData.assertProblem(c.api().post(consents + "/TREATMENT/withdraw", ""), 400, "invalid-input");
        JsonObject onFile = CareData.frontDesk().get(consents + "/on-file").json();
        assertFalse(onFile.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("kind").equals("TREATMENT")).findFirst().orElseThrow().getBoolean("onFile"));

        // electronic communication decides the client's email and SMS permissions
        Api.Reply email = CareData.frontDesk().post(consents,
                "{\"kind\":\"ELECTRONIC_COMMUNICATION\",\"version\":1,\"decision\":\"GIVEN\",\"email\":true}");
        assertEquals(201, email.status(), email.toString());
        JsonObject profile = CareData.frontDesk().get("api/clients/" + client).json();
        assertTrue(profile.getBoolean("consentEmail"));
        assertFalse(profile.getBoolean("consentSms"));
        Api.Reply edited = CareData.frontDesk().get("api/clients/" + client);
        Api.Reply smsToo = CareData.frontDesk().put("api/clients/" + client,
                ClientData.editable(edited.json()).add("consentSms", true).build().toString(), edited.etag());
        assertEquals(200, smsToo.status(), smsToo.toString());
        JsonObject current = c.api().get(consents).json().getJsonArray("current").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("kind").equals("ELECTRONIC_COMMUNICATION")).findFirst().orElseThrow();
        assertTrue(current.getBoolean("byEmail") && current.getBoolean("bySms"),
                "ticking SMS on the client's form is recorded as a consent: " + current);
        assertEquals(201, CareData.frontDesk().post(consents + "/ELECTRONIC_COMMUNICATION/withdraw", "").status());
        profile = CareData.frontDesk().get("api/clients/" + client).json();
        assertFalse(profile.getBoolean("consentEmail") || profile.getBoolean("consentSms"));
    }

    @Test
    void aPositiveRiskAnswerRaisesTheFlagAndATaskForTheCounsellor() throws Exception {
        Person c = CareData.newStaff("cr", "COUNSELLOR");
        long client = CareData.newClient("Ari");
        CareData.bookIntake(c.id(), client);
        String intake = "api/clients/" + client + "/intake";
        String flags = "api/clients/" + client + "/flags";
        Api.Reply draft = c.api().put(intake, "{\"selfHarmThoughts\":true}", null);
        assertEquals(200, draft.status(), draft.toString());
        assertEquals(0, c.api().get(flags).json().getJsonArray("items").size(), "a draft raises nothing yet");

        Api.Reply saved = c.api().put(intake, CareData.completeAnswers().add("selfHarmThoughts", true).build().toString(),
                draft.etag());
        JsonObject followUps = ClientData.assertProblem(c.api().post(intake + "/submit", "", saved.etag()), 400,
                "invalid-input");
        assertEquals(List.of("suicidePlan", "suicideMeans", "riskDetails"),
                List.copyOf(followUps.getJsonObject("errors").keySet()));
        Api.Reply complete = c.api().put(intake, CareData.completeAnswers().add("selfHarmThoughts", true)
                .add("suicidePlan", false).add("suicideMeans", false)
                .add("riskDetails", "Passing thoughts; safety plan agreed.").build().toString(), saved.etag());
        Api.Reply submitted = c.api().post(intake + "/submit", "", complete.etag());
        assertEquals(200, submitted.status(), submitted.toString());
        assertTrue(submitted.json().getBoolean("riskFlagRaised"));

        JsonArray raised = c.api().get(flags).json().getJsonArray("items");
        assertEquals(1, raised.size(), raised.toString());
        assertEquals("RISK", raised.getJsonObject(0).getString("kind"));
        assertTrue(raised.getJsonObject(0).getBoolean("raised"));
        assertTrue(raised.getJsonObject(0).getString("summary").contains("thoughts of self-harm"));
        assertEquals(c.username(), raised.getJsonObject(0).getString("raisedBy"));

        String chart = CareData.frontDesk().get("api/clients/" + client).json().getString("chartNumber");
        JsonArray tasks = c.api().get("api/tasks").json().getJsonArray("items");
        assertEquals(1, tasks.size(), tasks.toString());
        JsonObject task = tasks.getJsonObject(0);
        assertEquals("RISK_FOLLOW_UP", task.getString("kind"));
        assertEquals("Follow up with " + chart + " today", task.getString("title"), "non-clinical words");
        assertTrue(Duration.between(Instant.now(), Instant.parse(task.getString("dueAt"))).toHours() <= 24);

        ClientData.assertProblem(CareData.frontDesk().get(flags), 403, "forbidden");
        assertFalse(CareData.frontDesk().get("api/clients/" + client).body().contains("RISK"));

        // one raised flag at a time; once cleared, a positive answer saved on the submitted intake raises it again
        Api.Reply again = c.api().put(intake, CareData.completeAnswers().add("riskToOthers", true)
                .add("riskDetails", "Anger at a neighbour, no plan.").build().toString(), submitted.etag());
        assertEquals(200, again.status(), again.toString());
        assertEquals(1, c.api().get(flags).json().getJsonArray("items").size());
        long flagId = raised.getJsonObject(0).getJsonNumber("id").longValue();
        ClientData.assertProblem(c.api().post(flags + "/" + flagId + "/clear", "{}"), 400, "invalid-input");
        Api.Reply cleared = c.api().post(flags + "/" + flagId + "/clear", "{\"reason\":\"Reviewed with supervisor\"}");
        assertFalse(cleared.json().getBoolean("raised"), cleared.toString());
        Api.Reply savedAgain = c.api().put(intake, CareData.completeAnswers().add("violenceAtHome", true)
                .add("riskDetails", "Arguments have turned physical once.").build().toString(), again.etag());
        assertEquals(200, savedAgain.status(), savedAgain.toString());
        JsonArray both = c.api().get(flags).json().getJsonArray("items");
        assertEquals(2, both.size(), "the cleared flag stays, a new one is raised");
        assertTrue(both.getJsonObject(0).getString("summary").contains("violence at home"));
        assertEquals(2, c.api().get("api/tasks").json().getJsonArray("items").size());
    }

    @Test
    void breakingTheGlassIsPossibleLoudAndTimeLimited() throws Exception {
        Person lead = CareData.newStaff("bl", "COUNSELLOR");
        Person onCall = CareData.newStaff("bo", "COUNSELLOR");
        long client = CareData.newClient("Kit");
        long caseId = CareData.individualCase(lead, client);
        String theCase = "api/cases/" + caseId;

        assertEquals(403, onCall.api().get(theCase).status());
        ClientData.assertProblem(CareData.frontDesk().post(theCase + "/break-glass", "{\"reason\":\"Client in crisis at the desk\"}"),
                403, "forbidden");
        assertEquals(1, CareData.auditRows("frontdesk", "DENIED", client));
        ClientData.assertProblem(CareData.admin().post(theCase + "/break-glass", "{\"reason\":\"Client in crisis at the desk\"}"),
                403, "forbidden");
        JsonObject noReason = ClientData.assertProblem(onCall.api().post(theCase + "/break-glass", "{\"reason\":\"now\"}"),
                400, "invalid-input");
        assertTrue(noReason.getJsonObject("errors").containsKey("reason"));
        ClientData.assertProblem(lead.api().post(theCase + "/break-glass", "{\"reason\":\"I lead this case anyway\"}"),
                409, "conflict");

        Api.Reply granted = onCall.api().post(theCase + "/break-glass",
                "{\"reason\":\"Client phoned in crisis; lead counsellor on leave\"}");
        assertEquals(201, granted.status(), granted.toString());
        JsonObject grant = granted.json();
        assertEquals(Duration.ofHours(4), Duration.between(Instant.parse(grant.getString("grantedAt")),
                Instant.parse(grant.getString("expiresAt"))));
        assertTrue(grant.getBoolean("active"));
        assertEquals(200, onCall.api().get(theCase).status());
        assertEquals(200, onCall.api().get("api/clients/" + client + "/intake").status());

        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'BREAK_THE_GLASS'"
                + " AND outcome = 'SUCCESS' AND actor = ? AND client_id = ?", onCall.username(), client));
        JsonArray listed = lead.api().get(theCase + "/break-glass").json().getJsonArray("items");
        assertEquals(1, listed.size());
        assertEquals(onCall.username(), listed.getJsonObject(0).getJsonObject("staff").getString("username"));
        assertEquals("Client phoned in crisis; lead counsellor on leave", listed.getJsonObject(0).getString("reason"));
        assertTrue(lead.api().get("api/tasks").json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> t.getString("kind").equals("BREAK_GLASS_NOTICE")), "the lead counsellor is told");

        // four hours later (moved back in the database): the door is shut again, the record stays
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                "UPDATE break_glass SET granted_at = granted_at - INTERVAL 5 HOUR, expires_at = expires_at - INTERVAL 5 HOUR"
                        + " WHERE id = ?")) {
            s.setLong(1, grant.getJsonNumber("id").longValue());
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(403, onCall.api().get(theCase).status());
        assertEquals(403, onCall.api().get("api/clients/" + client + "/intake").status());
        JsonObject expired = lead.api().get(theCase + "/break-glass").json().getJsonArray("items").getJsonObject(0);
        assertFalse(expired.getBoolean("active"));
    }

    @Test
    void administratorsKeepSupervision() {
        Person sup = CareData.newStaff("sv", "SUPERVISOR");
        long counsellor = CareData.demoStaff().get("counsellor");
        long frontdesk = CareData.demoStaff().get("frontdesk");
        JsonObject bad = ClientData.assertProblem(CareData.admin().put("api/staff/" + sup.id() + "/supervisees",
                "[" + frontdesk + "]", null), 400, "invalid-input");
        assertTrue(bad.getJsonObject("errors").containsKey("counsellorIds"));
        ClientData.assertProblem(sup.api().put("api/staff/" + sup.id() + "/supervisees", "[" + counsellor + "]", null),
                403, "forbidden");
        CareData.supervise(sup.id(), counsellor);
        JsonArray items = CareData.admin().get("api/staff/" + sup.id() + "/supervisees").json().getJsonArray("items");
        assertEquals("counsellor", items.getJsonObject(0).getString("username"));
    }

    @Test
    void theDemoCoupleShowsTheSharingRule() {
        long alex = demoClient("Demoulin", "Alexander");
        long jordan = demoClient("Demoulin", "Jordan");
        Api counsellor2 = ClientData.signedIn("counsellor2");
        assertEquals(200, counsellor2.get("api/clients/" + alex + "/intake").status(), "Alex's own counsellor");
        assertEquals(403, counsellor2.get("api/clients/" + jordan + "/intake").status(), "Jordan does not share");
        for (String who : List.of("counsellor", "supervisor")) {
            for (long client : List.of(alex, jordan)) {
                assertEquals(200, ClientData.signedIn(who).get("api/clients/" + client + "/intake").status(), who);
            }
        }
        JsonArray cases = ClientData.signedIn("counsellor").get("api/clients/" + jordan + "/cases").json()
                .getJsonArray("items");
        assertEquals("COUPLE", cases.getJsonObject(0).getString("kind"));
        assertEquals(2, cases.getJsonObject(0).getJsonArray("members").size());
    }

    private static long demoClient(String last, String first) {
        return ClientData.search(CareData.frontDesk(), "q=" + ClientData.encode(first + " " + last)).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("legalFirstName").equals(first)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<String> decisions(JsonArray records) {
        return records.stream().map(r -> r.asJsonObject().getString("decision")).toList();
    }
}
