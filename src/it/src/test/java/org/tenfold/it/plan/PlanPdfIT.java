package org.tenfold.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * The plan PDFs through the API: the record holds everything (clinician notes, interventions, hidden
 * milestones); the client copy holds the goals and names but none of that, and none of a partner's own
 * goals when that partner does not share. Each document made is audited per member; refusals are 403
 * and audited; a bad audience is 400.
 */
@ExtendWith(ArquillianExtension.class)
class PlanPdfIT {

    private static final HttpClient HTTP = TestServer.httpClient(HttpClient.Redirect.NEVER);
    private static final String ZOE_FIRST = "Zoë";
    private static final String ZOE_LAST = "Đặng-Nguyễn";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    /** A reply with the raw bytes of the body. */
    record Download(int status, String contentType, String disposition, String cacheControl, byte[] body) {
        String text() throws IOException {
            try (PDDocument doc = Loader.loadPDF(body)) {
                return normal(new PDFTextStripper().getText(doc));
            }
        }
    }

    @Test
    void theRecordHoldsEverythingAndTheClientCopyOnlyWhatClientsMaySee() throws Exception {
        Person lead = PlanData.newStaff("pdflead", "COUNSELLOR");
        Person stranger = PlanData.newStaff("pdfx", "COUNSELLOR");
        Case couple = PlanData.coupleCase(lead);
        long zoe = couple.inRecovery();
        long partner = couple.partner();
        String zoeName = rename(zoe, ZOE_FIRST, ZOE_LAST);
        assertTrue(zoeName.contains(ZOE_FIRST) && zoeName.contains(ZOE_LAST), zoeName);
        String partnerName = lead.api().get("api/clients/" + partner).json().getString("displayName");
        // Zoë shares with her partner's side; the partner does not
        consent(lead, zoe, "SHARE");
        consent(lead, partner, "DO_NOT_SHARE");

        String tag = ClientData.uniqueWord("").toUpperCase(Locale.ROOT);
        String noteSentinel = "NOTESENTINEL" + tag;
        String interventionSentinel = "INTERVENTIONSENTINEL" + tag;
        String hiddenSentinel = "HIDDENMILESTONE" + tag;
        JsonObject plan = PlanData.createPlan(lead.api(), couple.id(), false);
        long planId = PlanData.id(plan);
        String coupleGoal = "Talk about the week together " + tag;
        String zoeGoal = "Keep a daily check-in " + tag;
        String partnerGoal = "Partner private aim " + tag;
        goal(lead, planId, "COMMUNICATE", null, coupleGoal, noteSentinel, interventionSentinel);
        goal(lead, planId, "SELF_CARE", zoe, zoeGoal, noteSentinel + "Z", interventionSentinel + "Z");
        goal(lead, planId, "EMPATHY", partner, partnerGoal, noteSentinel + "P", interventionSentinel + "P");
        String shownMilestone = "A calm evening together " + tag;
        milestone(lead, couple.id(), shownMilestone, true);
        milestone(lead, couple.id(), hiddenSentinel, false);

        String path = "api/plans/" + planId + "/pdf";
        long recordRows = PlanData.auditRows(lead.username(), "PLAN_PDF", "SUCCESS", zoe);

        // the record: everything
        Download record = download(lead.api(), path + "?audience=clinician");
        assertEquals(200, record.status());
        assertTrue(record.contentType().startsWith("application/pdf"), record.contentType());
        assertTrue(record.disposition().startsWith("attachment;"), record.disposition());
        assertTrue(record.disposition().contains("plan-case-" + couple.id() + "-v1-record.pdf"), record.disposition());
        assertFalse(record.disposition().contains(ZOE_LAST) || record.disposition().contains("Plan"),
                "no client's name in the file name: " + record.disposition());
        assertEquals("no-store", record.cacheControl());
        String text = record.text();
        for (String expected : List.of(normal(zoeName), normal(partnerName), coupleGoal, zoeGoal, partnerGoal,
                noteSentinel, interventionSentinel, shownMilestone, hiddenSentinel, "Treatment plan, version 1",
                "Draft")) {
            assertTrue(text.contains(normal(expected)), "the record holds \"" + expected + "\":\n" + text);
        }
        for (JsonValue s : plan.getJsonArray("steps")) {
            JsonObject step = s.asJsonObject().getJsonObject("step");
            String heading = "Step " + step.getInt("number") + ": " + step.getString("title");
            assertTrue(text.contains(normal(heading)), "the record has \"" + heading + "\":\n" + text);
        }
        assertEquals(recordRows + 1, PlanData.auditRows(lead.username(), "PLAN_PDF", "SUCCESS", zoe));
        assertEquals(1, PlanData.auditRows(lead.username(), "PLAN_PDF", "SUCCESS", partner));
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'PLAN_PDF'"
                + " AND client_id = ? AND detail LIKE '%record%'", lead.username(), partner));

        // the client copy: the goals and names, no clinician-only content, nothing of the partner who does not share
        Download copy = download(lead.api(), path + "?audience=client");
        assertEquals(200, copy.status());
        assertTrue(copy.disposition().contains("plan-case-" + couple.id() + "-v1-client.pdf"), copy.disposition());
        assertEquals("no-store", copy.cacheControl());
        String client = copy.text();
        for (String expected : List.of(normal(zoeName), coupleGoal, zoeGoal, shownMilestone, "Your treatment plan",
                "Some personal goals are worked on in individual sessions")) {
            assertTrue(client.contains(normal(expected)), "the client copy holds \"" + expected + "\":\n" + client);
        }
        for (String absent : List.of(noteSentinel, interventionSentinel, hiddenSentinel, partnerGoal, "Clinician note",
                "Interventions", "Content hash", lead.username())) {
            assertFalse(client.contains(normal(absent)), "the client copy must not hold \"" + absent + "\":\n" + client);
        }
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'PLAN_PDF'"
                + " AND outcome = 'SUCCESS' AND client_id = ? AND detail LIKE '%client copy%'", lead.username(), zoe));
        assertEquals(recordRows + 2, PlanData.auditRows(lead.username(), "PLAN_PDF", "SUCCESS", zoe));

        // once the partner shares, their goal is in the client copy too
        consent(lead, partner, "SHARE");
        String shared = download(lead.api(), path + "?audience=client").text();
        assertTrue(shared.contains(normal(partnerGoal)), shared);
        assertFalse(shared.contains("Some personal goals"), shared);
        assertFalse(shared.contains(noteSentinel), shared);

        // signed: both copies say who signed and when
        assertEquals(200, PlanData.setReview(lead.api(), planId, LocalDate.now(ZoneOffset.UTC).plusDays(30)).status());
        JsonObject signed = PlanData.sign(lead.api(), planId);
        String day = Instant.parse(signed.getString("signedAt")).atZone(ZoneId.of("Europe/London"))
                .format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        for (String audience : List.of("clinician", "client")) {
            String s = download(lead.api(), path + "?audience=" + audience).text();
            assertTrue(s.contains("Signed") && s.contains("pdflead Test, ") && s.contains(day),
                    audience + ": signer and date in\n" + s);
            assertTrue(s.contains("1, Signed"), s);
            assertEquals(audience.equals("clinician"), s.contains("Content hash"), audience + ":\n" + s);
        }

        // refused: front desk and a counsellor off the case, each audited
        Person frontDesk = new Person(0, "frontdesk", ClientData.signedIn("frontdesk"));
        for (Person who : List.of(frontDesk, stranger)) {
            long before = PlanData.auditRows(who.username(), "PLAN_PDF", "DENIED", zoe);
            Api.Reply refused = who.api().get(path + "?audience=client");
            ClientData.assertProblem(refused, 403, "forbidden");
            assertEquals(before + 1, PlanData.auditRows(who.username(), "PLAN_PDF", "DENIED", zoe), who.username());
            assertEquals(0, PlanData.auditRows(who.username(), "PLAN_PDF", "SUCCESS", zoe), who.username());
        }

        // bad audience: 400 naming the field; unknown plan: 404
        for (String bad : List.of("?audience=everyone", "", "?audience=")) {
            JsonObject problem = ClientData.assertProblem(lead.api().get(path + bad), 400, "invalid-input");
            assertTrue(problem.getJsonObject("errors").containsKey("audience"), problem.toString());
        }
        ClientData.assertProblem(lead.api().get("api/plans/999999999/pdf?audience=client"), 404, "not-found");
        ClientData.assertProblem(lead.api().get("api/plans/nope/pdf?audience=client"), 404, "not-found");
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    private static Download download(Api api, String path) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + api.token())
                .header("Accept", "application/pdf, application/problem+json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Download d = new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""),
                r.headers().firstValue("Cache-Control").orElse(""), r.body());
        assertEquals(200, d.status(), () -> path + " -> " + d.status() + " " + new String(d.body()));
        return d;
    }

    private static String rename(long clientId, String first, String last) {
        Api frontDesk = PlanData.frontDesk();
        Api.Reply current = frontDesk.get("api/clients/" + clientId);
        assertEquals(200, current.status(), current.toString());
        Api.Reply saved = frontDesk.put("api/clients/" + clientId, ClientData.editable(current.json())
                .add("legalFirstName", first).add("legalLastName", last).build().toString(), current.etag());
        assertEquals(200, saved.status(), saved.toString());
        return saved.json().getString("displayName");
    }

    private static void consent(Person counsellor, long clientId, String decision) {
        Api.Reply r = counsellor.api().post("api/clients/" + clientId + "/consents",
                "{\"kind\":\"PARTNER_SHARING\",\"version\":1,\"decision\":\"" + decision + "\"}");
        assertEquals(201, r.status(), r.toString());
    }

    private static void goal(Person counsellor, long planId, String step, Long clientId, String statement, String note,
            String interventions) {
        var b = Json.createObjectBuilder().add("stepCode", step).add("statement", statement)
                .add("interventions", interventions).add("clinicianNote", note).add("status", "IN_PROGRESS");
        if (clientId == null) {
            b.add("couple", true);
        } else {
            b.add("clientId", clientId);
        }
        Api.Reply r = counsellor.api().post("api/plans/" + planId + "/goals", b.build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private static void milestone(Person counsellor, long caseId, String description, boolean visible) {
        Api.Reply r = counsellor.api().post("api/cases/" + caseId + "/milestones", Json.createObjectBuilder()
                .add("achievedOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()).add("description", description)
                .add("visibleToClient", visible).build().toString());
        assertEquals(201, r.status(), r.toString());
    }
}
