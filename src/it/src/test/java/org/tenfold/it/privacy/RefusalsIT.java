package org.tenfold.it.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
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
import org.tenfold.it.privacy.Outputs.Output;
import org.tenfold.it.screens.Browser;

/**
 * Who may deliver a report, refusals that are refusals (403 with the "Not allowed" page, one log line, an
 * audit row), audited reads of a case's appointments, and breaking the glass through the API by a
 * partner's own counsellor.
 */
@ExtendWith(ArquillianExtension.class)
class RefusalsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void frontDeskDownloadsReleasedReportsButOnlyCounsellorsDeliverThem() throws Exception {
        Person lead = PlanData.newStaff("deliver", "COUNSELLOR");
        Case couple = PlanData.coupleCase(lead);
        long report = CoupleFixture.releasedReport(lead.api(), couple.inRecovery(), couple.id(), "JOINT",
                "Well done, both.");
        Api frontDesk = PlanData.frontDesk();

        assertEquals(200, Outputs.get("api/progress-reports/" + report + "/pdf", frontDesk.token(), null).status(),
                "front desk downloads a released report to hand it over");
        ClientData.assertProblem(frontDesk.post("api/progress-reports/" + report + "/deliver",
                Json.createObjectBuilder().add("channel", "LINK").build().toString()), 403, "forbidden");
        ClientData.assertProblem(frontDesk.post("api/progress-reports/" + report + "/deliver",
                Json.createObjectBuilder().add("channel", "EMAIL").add("password", "agreed-at-intake").build()
                        .toString()), 403, "forbidden");
        assertTrue(denied("frontdesk", "PROGRESS_REPORT_LINK_CREATE", couple.inRecovery()) >= 1, "audited");
        assertTrue(denied("frontdesk", "PROGRESS_REPORT_EMAIL", couple.inRecovery()) >= 1, "audited");
        assertEquals(0L, ClientData.count("SELECT COUNT(*) FROM progress_report_link WHERE report_id = ?", report),
                "no link was made");

        Api.Reply link = lead.api().post("api/progress-reports/" + report + "/deliver",
                Json.createObjectBuilder().add("channel", "LINK").build().toString());
        assertEquals(201, link.status(), "the counsellor gives the link: " + link);
    }

    @Test
    void aRoleRefusalIsAuditedAndReadsOfACasesAppointmentsAreToo() throws Exception {
        Person lead = PlanData.newStaff("rolecheck", "COUNSELLOR");
        Case couple = PlanData.coupleCase(lead);

        ClientData.assertProblem(PlanData.frontDesk().get("api/staff"), 403, "forbidden");
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'frontdesk' AND action = 'ACCESS_DENIED'"
                + " AND outcome = 'DENIED' AND entity_id = 'GET /api/staff'") >= 1, "a resource's role check is audited");
        long client = couple.inRecovery();
        ClientData.assertProblem(PlanData.admin().get("api/clients/" + client), 403, "forbidden");
        assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'admin' AND action = 'ACCESS_DENIED'"
                + " AND outcome = 'DENIED' AND client_id = ?", client), "naming the client the path names");

        for (Api reader : List.of(PlanData.frontDesk(), PlanData.admin())) {
            assertEquals(200, reader.get("api/cases/" + couple.id() + "/appointments").status());
        }
        for (String actor : List.of("frontdesk", "admin")) {
            for (long member : couple.clients()) {
                assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action ="
                        + " 'APPOINTMENT_VIEW' AND outcome = 'SUCCESS' AND entity_id = ? AND client_id = ?", actor,
                        String.valueOf(couple.id()), member), actor + " reading the case's appointments is audited");
            }
        }
    }

    @Test
    void aPartnersOwnCounsellorBreaksTheGlassThroughTheApiToReachTheOtherPartner() throws Exception {
        Person lead = PlanData.newStaff("glasslead", "COUNSELLOR");
        Person ownOfA = PlanData.newStaff("glassa", "COUNSELLOR");
        Person ownOfB = PlanData.newStaff("glassb", "COUNSELLOR");
        Case couple = PlanData.coupleCase(lead, ownOfA, ownOfB);
        String otherIntake = "api/clients/" + couple.partner() + "/intake";

        ClientData.assertProblem(ownOfA.api().get(otherIntake), 403, "forbidden");
        Api.Reply broken = ownOfA.api().post("api/cases/" + couple.id() + "/break-glass", Json.createObjectBuilder()
                .add("reason", "The partner rang in crisis; I need the safety plan now.").build().toString());
        assertEquals(201, broken.status(), "a partner's own counsellor may break the glass: " + broken);
        assertEquals(200, ownOfA.api().get(otherIntake).status(), "and then reads the other partner's records");
        assertEquals(2L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'BREAK_THE_GLASS'"
                + " AND outcome = 'SUCCESS'", ownOfA.username()), "audited for each member");

        ClientData.assertProblem(lead.api().post("api/cases/" + couple.id() + "/break-glass", Json.createObjectBuilder()
                .add("reason", "Nothing to break: I lead this case.").build().toString()), 409, "conflict");
    }

    @Test
    void aScreenOpenedWithSomeoneElsesRecordAnswers403WithTheNotAllowedPageAndOneLogLine() throws Exception {
        Person owner = PlanData.newStaff("screenown", "COUNSELLOR");
        Person stranger = PlanData.newStaff("screenstr", "COUNSELLOR");
        Case couple = PlanData.coupleCase(owner);
        long client = couple.inRecovery();
        int logBefore = TestServer.serverLogText().length();

        String counsellorSession;
        String frontDeskSession;
        try (Browser b = Browser.open("refusals-counsellor"); Browser fd = Browser.open("refusals-frontdesk")) {
            counsellorSession = b.signIn(stranger.username(), PlanData.PASSWORD, true).driver().manage()
                    .getCookieNamed("JSESSIONID").getValue();
            frontDeskSession = fd.signIn("frontdesk").driver().manage().getCookieNamed("JSESSIONID").getValue();

            for (String page : List.of("clients/plan.xhtml?caseId=" + couple.id(), "clients/intake.xhtml?id=" + client,
                    "clients/reports.xhtml?clientId=" + client, "clients/intake-desk.xhtml?id=" + client)) {
                assertNotAllowed(page, counsellorSession, stranger.username());
            }
            for (String page : List.of("clients/plan.xhtml?caseId=" + couple.id(), "clients/intake.xhtml?id=" + client)) {
                assertNotAllowed(page, frontDeskSession, "frontdesk");
            }
            Output unknown = Outputs.get("clients/plan.xhtml?caseId=999999999", null, counsellorSession);
            assertEquals(404, unknown.status(), "a case that does not exist: " + unknown.text());

            b.get("clients/plan.xhtml?caseId=" + couple.id());
            assertTrue(b.bodyText().contains("Not allowed"), "the browser shows the page: " + b.bodyText());
        }
        String log = TestServer.serverLogText().substring(logBefore);
        assertFalse(log.contains("\tat org.tenfold") || log.contains("\tat jakarta.") || log.contains("SEVERE"),
                "a refusal is no fault: no stack trace, nothing severe in the log:\n" + log);
        assertTrue(log.contains("Refused: GET /clients/intake-desk.xhtml"), "one line says who was refused where:\n" + log);
        assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND outcome = 'DENIED'"
                + " AND client_id = ?", stranger.username(), client) >= 3, "each refusal is audited");
    }

    private static void assertNotAllowed(String page, String session, String who) {
        Output o = Outputs.get(page, null, session);
        assertEquals(403, o.status(), who + " on " + page + ": " + o.text());
        assertTrue(o.text().contains("Not allowed"), "the \"Not allowed\" page: " + o.text());
    }

    private static long denied(String actor, String action, long client) throws Exception {
        return ClientData.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND outcome = 'DENIED'"
                + " AND client_id = ?", actor, action, client);
    }
}
