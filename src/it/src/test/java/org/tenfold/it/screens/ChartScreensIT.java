package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import jakarta.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/**
 * The client's chart: front desk sees the profile and appointments only; a counsellor off the case is
 * refused the clinical tabs (audited), breaks the glass with a reason and then sees them under a banner;
 * the case's own counsellor sees them directly, with the emergency access listed.
 */
@ExtendWith(ArquillianExtension.class)
class ChartScreensIT extends ScreenTest {

    private static final By TAB_TITLES = By.cssSelector("[id='chart'] ul[role='tablist'] li");
    private static final By REFUSAL = By.cssSelector("[id='chart:intakeTab'] .tf-refusal");
    private static final By INTAKE_STATUS = By.id("intakeStatus");
    private static final By BANNER = By.id("emergencyBanner");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void frontDeskSeesProfileAndAppointmentsButNoClinicalTab() {
        long morgan = demoClient("Morgan", "Fictional");
        Browser b = browser("frontdesk");
        b.get("clients/view.xhtml?id=" + morgan).signIn("frontdesk");
        b.waitForText(By.id("pageTitle"), "Morgan Fictional");
        List<String> tabs = tabTitles(b);
        b.screenshot("front-desk-chart");
        assertEquals(List.of("Profile", "Consents", "Appointments", "Portal"), tabs, "front desk's tabs");
        String page = b.driver().getPageSource();
        assertAll("nothing clinical is on front desk's page",
                () -> assertFalse(page.contains("Break the glass"), "no break-the-glass"),
                () -> assertFalse(page.contains("Risk screening"), "no intake"),
                () -> assertFalse(page.contains("intakeTab"), "no intake tab"),
                () -> assertEquals("Morgan", b.text(By.id("legalFirstName"))));
        assertEquals(0L, ((Number) TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE actor = 'frontdesk'"
                + " AND action IN ('INTAKE_VIEW', 'CASE_VIEW') AND client_id = ?", morgan)).longValue(),
                "front desk's chart reads nothing clinical, not even to be refused");
    }

    @Test
    void aCounsellorOffTheCaseIsRefusedBreaksTheGlassAndTheCaseCounsellorSeesIt() {
        long jordan = demoClient("Jordan", "Demoulin");

        // counsellor2 sees Alex individually, but Jordan does not share: refused, and the refusal is audited
        Browser off = browser("counsellor2");
        off.get("clients/view.xhtml?id=" + jordan).signIn("counsellor2");
        off.waitForText(By.id("pageTitle"), "Jordan Demoulin");
        assertEquals(List.of("Profile", "Cases", "Intake", "Consents", "Flags", "Questionnaires", "Appointments", "Portal"), tabTitles(off));
        openTab(off, "Intake");
        String refusal = off.waitForText(REFUSAL, "not among the counsellors");
        assertFalse(off.isPresent(INTAKE_STATUS), "no intake shown after a refusal");
        assertFalse(off.driver().getPageSource().contains("Feels shaken"), "nothing of Jordan's intake on the page");
        assertNotNull(TestServer.queryOne("SELECT id FROM audit_event WHERE actor = 'counsellor2' AND outcome = 'DENIED'"
                + " AND client_id = ?", jordan), "the refusal is in the audit log: " + refusal);
        off.screenshot("refused");

        // break the glass: too short a reason is refused on the dialog, then a real one opens the chart
        off.find(By.cssSelector("[id='chart:intakeTab'] .tf-break-glass")).click();
        off.waitFor(By.id("glass:reason"));
        off.type(By.id("glass:reason"), "now");
        off.clickAndWaitForReplacement(By.id("glass:confirm"), By.id("glass:reason"));
        off.waitForText(By.id("glass:glassMessages"), "10 to 1,000 characters");
        off.type(By.id("glass:reason"), "Client called in crisis, counsellor unreachable");
        off.find(By.id("glass:confirm")).click();
        off.waitForText(BANNER, "audited and shown to the case's counsellors");
        openTab(off, "Intake");
        assertTrue(off.waitForText(By.id("presentingConcerns"), "Feels shaken").contains("Feels shaken"));
        off.screenshot("after-break-the-glass");
        assertNotNull(TestServer.queryOne("SELECT id FROM audit_event WHERE actor = 'counsellor2'"
                + " AND action = 'BREAK_THE_GLASS' AND outcome = 'SUCCESS' AND client_id = ?"
                + " AND detail LIKE '%Client called in crisis%'", jordan), "BREAK_THE_GLASS in the audit log");

        // the counsellor leading the couple case sees the intake directly, both partners, and the access
        Browser lead = browser("counsellor");
        lead.get("clients/view.xhtml?id=" + jordan).signIn("counsellor");
        lead.waitForText(By.id("pageTitle"), "Jordan Demoulin");
        assertFalse(lead.isPresent(BANNER), "no emergency banner for the case's own counsellor");
        openTab(lead, "Intake");
        lead.waitForText(By.id("presentingConcerns"), "Feels shaken");
        openTab(lead, "Cases");
        String cases = lead.waitForText(By.id("chart:cases"), "Couple case");
        lead.screenshot("case-counsellor");
        assertAll("the couple case as its lead counsellor sees it: " + cases,
                () -> assertTrue(cases.contains("Alex (Alexander) Demoulin"), "Alex"),
                () -> assertTrue(cases.contains("Jordan Demoulin"), "Jordan"),
                () -> assertTrue(cases.contains("in recovery") && cases.contains("partner"), "roles"),
                () -> assertTrue(cases.contains("Client called in crisis"), "the emergency access is shown"));

        // the case leads to its treatment plan (the demo couple's plan is signed)
        lead.find(By.cssSelector("[id$=':plan']")).click();
        lead.waitForText(By.id("pageTitle"), "Treatment plan");
        assertTrue(lead.driver().getCurrentUrl().contains("caseId="), "the plan is opened for the case");
    }

    @Test
    void frontDeskTakesAnEnquiryWithADuplicateWarningAndSeesTheNewChart() {
        String last = capitalised(uniqueLetters());
        String dob = randomBirthDate().toString();
        Browser b = browser("enquiry");
        b.get("index.xhtml").signIn("frontdesk");
        for (int round = 0; round < 2; round++) {
            b.menu("New enquiry");
            b.waitForText(By.id("nonClinical"), "Non-clinical words only");
            b.type(By.id("enquiry:legalFirstName"), "Robin");
            b.type(By.id("enquiry:legalLastName"), last);
            b.type(By.id("enquiry:dateOfBirth_input"), dob);
            b.type(By.id("enquiry:phone"), "07700 900555");
            b.type(By.id("enquiry:heardAbout"), "A friend");
            b.type(By.id("enquiry:reason"), "Would like to talk to someone with their partner");
            choose(b, "enquiry:counsellor", "Casey Counsellor");
            b.type(By.id("enquiry:preferredTimes"), "Weekday evenings");
            if (round == 0) {
                String chart = saveAndExpectRecord(b, By.id("enquiry:save"));
                b.screenshot("enquiry-chart");
                assertAll("the new client's chart",
                        () -> assertEquals("Enquiry", b.text(By.id("status"))),
                        () -> assertTrue(b.text(By.id("messages")).contains(chart), b.text(By.id("messages"))),
                        () -> assertEquals("ENQUIRY", TestServer.queryOne(
                                "SELECT status FROM client WHERE chart_number = ?", chart)),
                        () -> assertEquals("Would like to talk to someone with their partner", TestServer.queryOne(
                                "SELECT e.reason FROM enquiry e JOIN client c ON c.id = e.client_id"
                                        + " WHERE c.chart_number = ?", chart)));
            } else {
                b.find(By.id("enquiry:save")).click();
                b.waitFor(By.id("enquiry:saveAnyway"));
                assertEquals(1L, countClientsNamed(last), "nothing saved before confirming");
                saveAndExpectRecord(b, By.id("enquiry:saveAnyway"));
                assertEquals(2L, countClientsNamed(last), "saved after confirming");
            }
        }
    }

    @Test
    void theIntakeCounsellorSavesADraftInTheWizardResumesItAndIsToldWhatASubmitLacks() {
        long counsellor = ((Number) TestServer.queryOne("SELECT id FROM staff WHERE username = 'counsellor'")).longValue();
        long client = ClientData.create(ClientData.signedIn("frontdesk"),
                ClientData.client("Wizard", ClientData.uniqueWord("Intake"))).getJsonNumber("id").longValue();
        Instant start = TestDays.freshWeekday().atTime(9 + ThreadLocalRandom.current().nextInt(8), 0)
                .toInstant(ZoneOffset.UTC);
        Api.Reply booked = Api.as("admin").post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellor).add("clientIds", Json.createArrayBuilder().add(client))
                .add("type", "INTAKE").add("start", start.toString()).add("videoLink", "https://video.example.org/i")
                .add("overrideReason", "screen test intake").build().toString());
        assertEquals(201, booked.status(), booked.toString());

        // front desk cannot open the wizard: the service refuses, and the page is "Not allowed"
        Browser desk = browser("desk-wizard");
        desk.get("login.xhtml").signIn("frontdesk");
        desk.get("clients/intake.xhtml?id=" + client);
        desk.waitForText(By.id("errorTitle"), "Not allowed");
        assertFalse(desk.isPresent(By.id("intake:presentingConcerns")), "no wizard for front desk");

        Browser b = browser("wizard");
        b.get("clients/view.xhtml?id=" + client).signIn("counsellor");
        openTab(b, "Intake");
        b.find(By.id("chart:openIntake")).click();
        b.waitForUrl("clients/intake.xhtml");
        b.type(By.id("intake:presentingConcerns"), "Wants to understand a habit that worries them");
        b.clickAndWaitForReplacement(By.id("intake:saveDraft"), By.id("intake:presentingConcerns"));
        b.waitForText(By.id("intake:messages"), "Draft saved.");

        // resume: a fresh page shows the draft
        b.get("clients/intake.xhtml?id=" + client);
        assertEquals("Wants to understand a habit that worries them", b.value(By.id("intake:presentingConcerns")));
        b.clickAndWaitForReplacement(By.id("intake:submit"), By.id("intake:presentingConcerns"));
        String messages = b.waitForText(By.id("intake:messages"), "Describe the behaviour the client seeks help with.");
        b.screenshot("wizard-submit-refused");
        assertAll("one message per missing field: " + messages,
                () -> assertTrue(messages.contains("Choose the relationship status.")),
                () -> assertTrue(messages.contains("Answer whether the client has thoughts of self-harm or suicide.")),
                () -> assertFalse(messages.contains("Describe the presenting concerns.")));
        assertEquals("DRAFT", TestServer.queryOne("SELECT status FROM intake WHERE client_id = ?", client));
    }

    private static void openTab(Browser b, String title) {
        b.find(By.xpath("//div[@id='chart']//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }

    private static List<String> tabTitles(Browser b) {
        return b.waitUntil(d -> d.findElements(TAB_TITLES).stream().map(e -> e.getText().strip())
                .filter(s -> !s.isEmpty()).toList());
    }

    private static long demoClient(String first, String last) {
        Object id = TestServer.queryOne("SELECT id FROM client WHERE legal_first_name = ? AND legal_last_name = ?"
                + " ORDER BY id LIMIT 1", first, last);
        assertNotNull(id, "the demo client " + first + " " + last + " must exist");
        return ((Number) id).longValue();
    }
}
