package org.tenfold.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.hardening.ServerLog;
import org.tenfold.it.measure.MeasureData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * Questionnaires answered in the portal, and every way of asking for what is not the client's to answer: each
 * partner of a couple lists and opens only their own; the other partner's, a number that is no questionnaire, and
 * a word instead of a number answer 404 with the portal's page, never an error; missing answers are named beside
 * their questions at once and the answers given are kept; sending in lands as the link's would (scored, audited with
 * the client as actor); a second sending is refused with a clear message and changes nothing; the emailed notice
 * of a client with a portal account points to the portal and carries no link to the questions. The server log
 * holds no error and no stack trace for any of it.
 */
@ExtendWith(ArquillianExtension.class)
class PortalQuestionnairesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void eachPartnerAnswersOnlyTheirOwnAndEveryRefusalIsClear() throws Exception {
        ServerLog log = ServerLog.fromNow();
        List<String> sent = new ArrayList<>();
        Person lead = PlanData.newStaff("portalq", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long alex = couple.inRecovery();
        long jordan = couple.partner();
        PortalVisitor alexPortal;
        PortalVisitor jordanPortal;
        try (TestMailbox mailbox = TestMailbox.start()) {
            alexPortal = PortalVisitor.signedIn(lead.api(), alex, mailbox);
            jordanPortal = PortalVisitor.signedIn(lead.api(), jordan, mailbox);
        }
        long alexs = assigned(lead.api(), couple.id(), alex);
        long jordans = assigned(lead.api(), couple.id(), jordan);

        PortalVisitor.Page forms = alexPortal.get("forms.xhtml");
        assertEquals(200, forms.status(), forms.body());
        assertTrue(forms.body().contains("fill.xhtml?f=" + alexs), "Alex's own is offered: " + forms.body());
        assertFalse(forms.body().contains("f=" + jordans), "never Jordan's: " + forms.body());
        assertTrue(jordanPortal.get("forms.xhtml").body().contains("fill.xhtml?f=" + jordans));
        assertFalse(jordanPortal.get("forms.xhtml").body().contains("f=" + alexs));

        // what is not Alex's to answer is not found: the portal's own page, no error
        for (String asked : List.of("fill.xhtml?f=" + jordans, "fill.xhtml?f=999999999", "fill.xhtml?f=abc",
                "fill.xhtml")) {
            PortalVisitor.Page p = alexPortal.get(asked);
            sent.add(asked);
            assertEquals(404, p.status(), asked + ": " + p.body());
            assertFalse(p.body().contains("Exception") || p.body().contains("How things are"), asked + ": " + p.body());
        }
        // nor by posting Alex's own page back with Jordan's number
        PortalVisitor.Page own = alexPortal.get("fill.xhtml?f=" + alexs);
        assertEquals(200, own.status(), own.body());
        assertTrue(own.body().contains("<fieldset") && own.body().contains("<legend"), "a fieldset per question");
        assertEquals("My space", title(own.body()), "the page's title says nothing of what it is");
        PortalVisitor.Page crossed = alexPortal.post("fill.xhtml", own, fields(jordans, Map.of(1, "6", 2, "5", 3, "5",
                4, "5"), "send"));
        sent.add("POST fill.xhtml f=" + jordans);
        assertEquals(404, crossed.status(), crossed.body());
        assertEquals(0L, count("SELECT COUNT(*) FROM measure_answer WHERE response_id = ?", jordans),
                "nothing was answered for Jordan");

        // missing answers are named beside each question at once; what was given is kept
        PortalVisitor.Page partial = alexPortal.post("fill.xhtml", own, fields(alexs, Map.of(1, "4"), "send"));
        assertEquals(200, partial.status(), partial.body());
        assertTrue(partial.body().contains("3 questions still need an answer"), partial.body());
        for (int item : List.of(2, 3, 4)) {
            assertTrue(partial.body().contains("id=\"missing-" + item + "\""), "question " + item + " is marked");
        }
        assertFalse(partial.body().contains("id=\"missing-1\""), "the answered one is not");
        assertEquals("OPEN", TestServer.queryOne("SELECT status FROM measure_response WHERE id = ?", alexs));
        assertEquals(1L, count("SELECT COUNT(*) FROM measure_answer WHERE response_id = ?", alexs), "kept");

        // sent in: scored as the link's would be, the client as actor
        PortalVisitor.Page done = alexPortal.post("fill.xhtml", partial, fields(alexs, Map.of(1, "4", 2, "3", 3, "3",
                4, "2"), "send"));
        assertEquals(302, done.status(), done.body());
        assertTrue(done.location().endsWith("/portal/forms.xhtml"), done.location());
        String actor = "client:" + TestServer.queryOne("SELECT chart_number FROM client WHERE id = ?", alex);
        assertEquals("SUBMITTED", TestServer.queryOne("SELECT status FROM measure_response WHERE id = ?", alexs));
        assertEquals(actor, TestServer.queryOne("SELECT submitted_by FROM measure_response WHERE id = ?", alexs));
        JsonObject scored = lead.api().get("api/measure-responses/" + alexs).json();
        assertEquals(12.0, MeasureData.score(scored).getJsonNumber("total").doubleValue(), scored.toString());
        assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'MEASURE_SUBMIT'"
                + " AND entity_id = ?", actor, String.valueOf(alexs)) == 1, "sending in audited as the client's");
        assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'MEASURE_ANSWER'"
                + " AND entity_id = ?", actor, String.valueOf(alexs)) == 4, "each answer audited as the client's");
        PortalVisitor.Page after = alexPortal.get("forms.xhtml");
        assertTrue(after.body().contains("Thank you: your answers are sent.") && after.body().contains("id=\"sent-"
                + alexs + "\""), after.body());

        // a second sending is refused with a clear message and changes nothing
        PortalVisitor.Page again = alexPortal.post("fill.xhtml", partial, fields(alexs, Map.of(1, "0", 2, "0", 3, "0",
                4, "0"), "send"));
        sent.add("POST fill.xhtml again");
        assertEquals(200, again.status(), again.body());
        assertTrue(again.body().contains("You have already sent your answers"), again.body());
        assertEquals(12.0, MeasureData.score(lead.api().get("api/measure-responses/" + alexs).json())
                .getJsonNumber("total").doubleValue(), "unchanged");
        assertTrue(alexPortal.get("fill.xhtml?f=" + alexs).body().contains("id=\"alreadySent\""));
        assertEquals("OPEN", TestServer.queryOne("SELECT status FROM measure_response WHERE id = ?", jordans),
                "Jordan's waits for Jordan");

        // the marker: a request the server refuses and logs at INFO ends what the test sent
        String marker = "marker-" + UUID.randomUUID();
        HttpResponse<String> foreign = TestServer.httpClient(HttpClient.Redirect.NEVER).send(HttpRequest.newBuilder(
                URI.create(TestServer.baseUrl() + "api/clients")).header("Origin", "https://" + marker + ".example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, foreign.statusCode(), foreign.body());
        ServerLog.assertClean(log.untilMarker(marker), sent);
    }

    @Test
    void aClientWithAPortalAccountIsToldQuestionsWaitThereWithNoLinkToThem() throws Exception {
        Person lead = PlanData.newStaff("portalqm", "COUNSELLOR");
        PlanData.Case c = PlanData.individualCase(lead);
        long client = c.clients().get(0);
        try (TestMailbox mailbox = TestMailbox.start()) {
            PortalVisitor.signedIn(lead.api(), client, mailbox);
            String email = PortalData.email(lead.api(), client);
            Api.Reply assigned = MeasureData.assign(lead.api(), c.id(), client, "GAD-7", "ONCE", "EMAIL", null);
            assertEquals(201, assigned.status(), assigned.toString());
            MimeMessage m = mailbox.awaitOne(email, "A few questions for you");
            String body = m.getContent().toString();
            assertTrue(body.contains("/portal/forms.xhtml") && body.contains("My space"), body);
            assertFalse(body.contains("answer.xhtml") || body.contains("t="), "no link to the questions: " + body);
            String everything = (m.getSubject() + " " + m.getFrom()[0] + " " + body).toLowerCase(Locale.ROOT);
            for (String word : List.of("counsel", "therap", "clinic", "anxiety", "gad", "recovery", "addiction")) {
                assertFalse(everything.contains(word), "\"" + word + "\" in the message: " + everything);
            }
        }
        assertEquals(null, TestServer.queryOne("SELECT link_sha256 FROM measure_response WHERE client_id = ?", client),
                "no one-time link was made");
        assertTrue(TestServer.queryOne("SELECT link_sent_at FROM measure_response WHERE client_id = ?", client) != null,
                "and the notice is not sent twice");
    }

    private static long assigned(Api api, long caseId, long client) {
        Api.Reply r = MeasureData.assign(api, caseId, client, "CSI-4", "ONCE", "IN_SESSION", null);
        assertEquals(201, r.status(), r.toString());
        return ((Number) TestServer.queryOne("SELECT id FROM measure_response WHERE client_id = ? AND case_id = ?",
                client, caseId)).longValue();
    }

    /** The answering form's fields as a browser sends them: the questionnaire, the answers, the button pressed. */
    static Map<String, String> fields(long response, Map<Integer, String> answers, String button) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("fill", "fill");
        f.put("f", String.valueOf(response));
        answers.forEach((item, value) -> f.put("q" + item, value));
        f.put(button, button.equals("send") ? "Send my answers" : "Save for later");
        return f;
    }

    private static long count(String sql, Object... params) {
        return ((Number) TestServer.queryOne(sql, params)).longValue();
    }

    private static String title(String html) {
        int from = html.indexOf("<title>");
        return from < 0 ? "" : html.substring(from + 7, html.indexOf("</title>", from)).strip();
    }
}
