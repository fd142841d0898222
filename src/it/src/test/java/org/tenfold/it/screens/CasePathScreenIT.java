package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenfold.it.Api;
import org.tenfold.it.TestDays;
import org.tenfold.it.TestServer;

/**
 * The whole path of a couple into care, on screen: front desk takes both partners' enquiries and
 * fills the relationship basics of one intake; the counsellor completes both intakes in the wizard
 * (one with a positive risk answer, which raises a flag and a task), opens a couple's case from the
 * chart with both partners and their roles, and sees both in the case, the case's history and the
 * consents; front desk's chart shows no clinical tab and no clinical text; a counsellor off the case
 * is refused (audited) and offered break-the-glass.
 */
@ExtendWith(ArquillianExtension.class)
class CasePathScreenIT extends ScreenTest {

    private static final By TAB_TITLES = By.cssSelector("[id='chart'] ul[role='tablist'] li");
    private static final String CONCERNS_A = "Trust broken after a discovery in spring";
    private static final String CONCERNS_B = "Hurt and anxious since the discovery";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aCoupleGoesFromEnquiryToAnOpenCoupleCaseAndOnlyTheirCounsellorSeesIt() {
        String last = capitalised(uniqueLetters());
        String firstA = "Avery";
        String firstB = "Quinn";

        // front desk takes both enquiries and fills the relationship basics of Avery's intake
        Browser desk = browser("frontdesk");
        desk.get("index.xhtml").signIn("frontdesk");
        long avery = takeEnquiry(desk, firstA, last, LocalDate.of(1981, 3, 14));
        String averyChart = desk.text(By.id("chartNumber"));
        long quinn = takeEnquiry(desk, firstB, last, LocalDate.of(1983, 9, 2));
        String quinnChart = desk.text(By.id("chartNumber"));
        desk.get("clients/view.xhtml?id=" + avery);
        desk.find(By.id("chart:intakeDesk")).click();
        desk.waitForUrl("clients/intake-desk.xhtml");
        desk.waitForText(By.id("pageTitle"), "relationship basics");
        assertTrue(desk.bodyText().contains("Relationship status"), "front desk's part of the intake");
        assertFalse(desk.isPresent(By.id("intakeDesk:presentingConcerns")), "nothing clinical for front desk");
        choose(desk, "intakeDesk:relationshipStatus", "MARRIED");
        desk.type(By.id("intakeDesk:relationshipLength"), "Twelve years");
        desk.clickAndWaitForReplacement(By.id("intakeDesk:save"), By.id("intakeDesk:relationshipLength"));
        desk.waitForText(By.id("intakeDesk:messages"), "Saved.");
        assertEquals("MARRIED", TestServer.queryOne("SELECT relationship_status FROM intake WHERE client_id = ?", avery));

        // the intake appointments make the counsellor the one who may write both intakes
        long counsellor = ((Number) TestServer.queryOne("SELECT id FROM staff WHERE username = 'counsellor'")).longValue();
        bookIntake(counsellor, avery);
        bookIntake(counsellor, quinn);

        Browser b = browser("counsellor");
        b.get("index.xhtml").signIn("counsellor");
        completeIntake(b, avery, CONCERNS_A, false);
        completeIntake(b, quinn, CONCERNS_B, true);
        assertEquals("SUBMITTED", TestServer.queryOne("SELECT status FROM intake WHERE client_id = ?", avery));
        assertEquals("SUBMITTED", TestServer.queryOne("SELECT status FROM intake WHERE client_id = ?", quinn));

        // the positive risk answer: a task on the counsellor's home page
        b.get("index.xhtml");
        b.waitForText(By.id("tasks:taskTable"), quinnChart);

        // open the couple's case from Avery's chart; a missing partner is named beside its field
        b.get("clients/view.xhtml?id=" + avery);
        b.waitForText(By.id("pageTitle"), firstA + " " + last);
        assertEquals(List.of("Profile", "Cases", "Intake", "Consents", "Flags", "Questionnaires", "Appointments", "Portal"), tabTitles(b));
        openTab(b, "Cases");
        b.waitFor(By.id("chart:caseForm:openCase")).click();
        b.waitFor(By.id("openCase:confirm"));
        WebElement kind = b.find(By.id("openCase:kind"));
        radio(b, "openCase:kind", 1);
        b.waitUntilGone(kind);
        b.clickAndWaitForReplacement(By.id("openCase:confirm"), By.id("openCase:partner_input"));
        b.waitForText(By.id("openCase"), "Pick the partner by name or chart number.");
        b.type(By.id("openCase:partner_input"), quinnChart);
        b.waitUntil(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='openCase:partner_panel']//li"
                + "[contains(@class, 'ui-autocomplete-item')][contains(., '" + quinnChart + "')]"))).click();
        assertEquals("Casey Counsellor", b.text(By.id("openCase:primary_label")), "the counsellor leads by default");
        b.screenshot("open-couple-case");
        b.find(By.id("openCase:confirm")).click();
        String cases = b.waitForText(By.id("chart:cases"), "Couple case");
        b.screenshot("couple-case-open");
        assertAll("the couple's case on Avery's chart: " + cases,
                () -> assertTrue(cases.contains(firstA + " " + last + " (" + averyChart + ") · in recovery"), "Avery"),
                () -> assertTrue(cases.contains(firstB + " " + last + " (" + quinnChart + ") · partner"), "Quinn"),
                () -> assertTrue(cases.contains("Casey Counsellor"), "primary counsellor"),
                () -> assertTrue(cases.contains("Opened by Casey Counsellor"), "the history"));
        Object caseId = TestServer.queryOne("SELECT m.case_id FROM case_member m JOIN care_case c ON c.id = m.case_id"
                + " WHERE m.client_id = ? AND c.kind = 'COUPLE' AND c.status = 'OPEN'", avery);
        assertNotNull(caseId, "a couple case is stored");
        assertEquals("PARTNER", TestServer.queryOne("SELECT role FROM case_member WHERE case_id = ? AND client_id = ?",
                caseId, quinn));
        assertEquals("REVIEWED", TestServer.queryOne("SELECT status FROM intake WHERE client_id = ?", quinn));
        assertFalse(b.isPresent(By.id("chart:caseForm:openCase")), "no second case beside the open one");

        // someone else closes and reopens the case meanwhile: closing it from this chart is refused as stale
        Api api = Api.as("counsellor");
        assertEquals(200, api.post("api/cases/" + caseId + "/close", "{\"reason\":\"COMPLETED\"}").status());
        assertEquals(200, api.post("api/cases/" + caseId + "/reopen", "{}").status());
        b.find(By.cssSelector("[id$=':closeCase']")).click();
        b.waitFor(By.id("closeCase:confirm"));
        choose(b, "closeCase:reason", "Referred on");
        b.clickAndWaitForReplacement(By.id("closeCase:confirm"), By.id("closeCase:reason"));
        b.waitForText(By.id("closeCase:closeMessages"), "changed by someone else");
        assertEquals("OPEN", TestServer.queryOne("SELECT status FROM care_case WHERE id = ?", caseId), "nothing overwritten");

        // with the chart read again: the reason is required, then the case closes and reopens, all in its history
        b.get("clients/view.xhtml?id=" + avery);
        openTab(b, "Cases");
        b.find(By.cssSelector("[id$=':closeCase']")).click();
        b.waitFor(By.id("closeCase:confirm"));
        b.clickAndWaitForReplacement(By.id("closeCase:confirm"), By.id("closeCase:reason"));
        b.waitForText(By.id("closeCase"), "Choose why the case closes");
        choose(b, "closeCase:reason", "Client withdrew");
        b.type(By.id("closeCase:note"), "Moving abroad");
        b.find(By.id("closeCase:confirm")).click();
        b.waitForText(By.id("chart:cases"), "Closed (Client withdrew) by Casey Counsellor: Moving abroad");
        b.find(By.cssSelector("[id$=':reopenCase']")).click();
        b.waitFor(By.id("reopenCase:confirm"));
        b.type(By.id("reopenCase:note"), "Back in town");
        b.find(By.id("reopenCase:confirm")).click();
        String history = b.waitForText(By.id("chart:cases"), "Reopened by Casey Counsellor: Back in town");
        assertTrue(history.contains("Open"), history);
        assertEquals(5L, ((Number) TestServer.queryOne("SELECT COUNT(*) FROM case_event WHERE case_id = ?", caseId))
                .longValue(), "opened, closed, reopened, closed, reopened");

        // Quinn's chart: the same case, the raised flag, and the information-sharing agreement to record
        b.get("clients/view.xhtml?id=" + quinn);
        openTab(b, "Cases");
        String fromQuinn = b.waitForText(By.id("chart:cases"), "Couple case");
        assertTrue(fromQuinn.contains(firstA + " " + last), "both partners on Quinn's chart too: " + fromQuinn);
        openTab(b, "Flags");
        b.waitFor(By.cssSelector("[id$=':clear']")).click();
        b.waitFor(By.id("clearFlag:confirm"));
        b.clickAndWaitForReplacement(By.id("clearFlag:confirm"), By.id("clearFlag:reason"));
        b.waitForText(By.id("clearFlag"), "Say why the flag is cleared");
        b.type(By.id("clearFlag:reason"), "Safety plan in place, reviewed with the client");
        b.find(By.id("clearFlag:confirm")).click();
        b.waitForText(By.id("chart:flags"), "Safety plan in place");
        assertEquals(0L, ((Number) TestServer.queryOne("SELECT COUNT(*) FROM client_flag WHERE client_id = ?"
                + " AND cleared_at IS NULL", quinn)).longValue(), "the flag is cleared, and kept");
        openTab(b, "Consents");
        b.waitFor(By.xpath("//div[@data-kind='PARTNER_SHARING']//button[contains(., 'Do not share')]")).click();
        b.waitForText(By.id("chart:consentForm:consentCurrent"), "Do not share");
        assertEquals("counsellor", TestServer.queryOne("SELECT witness FROM consent_record WHERE client_id = ?"
                + " AND decision = 'DO_NOT_SHARE'", quinn), "the signed-in counsellor is the witness");

        // front desk: no clinical tab, no clinical text, consents only as on file
        Browser deskChart = browser("frontdesk-chart");
        deskChart.get("clients/view.xhtml?id=" + avery).signIn("frontdesk");
        deskChart.waitForText(By.id("pageTitle"), firstA + " " + last);
        assertEquals(List.of("Profile", "Consents", "Appointments", "Portal"), tabTitles(deskChart));
        openTab(deskChart, "Consents");
        deskChart.waitForText(By.id("onFile"), "Not on file");
        String deskPage = deskChart.driver().getPageSource();
        assertAll("nothing clinical on front desk's chart",
                () -> assertFalse(deskPage.contains(CONCERNS_A), "no intake answers"),
                () -> assertFalse(deskPage.contains("id=\"chart:cases\""), "no Cases tab"),
                () -> assertFalse(deskPage.contains("Opened by Casey Counsellor"), "no case history"),
                // the case only as front desk books for it (kind, names, counsellor), under Appointments
                () -> assertFalse(deskPage.replace("&amp;", "&").replace("Couple case — " + firstA + " & " + firstB + " "
                        + last + " — counsellor Casey Counsellor", "").contains("Couple case"), "no case beyond its booking name"),
                () -> assertFalse(deskPage.contains("Break the glass"), "no break-the-glass"),
                () -> assertFalse(deskPage.contains("PARTNER_SHARING"), "no sharing agreement"));

        // front desk records the treatment consent on the wording in use, as its witness, then withdraws it
        By treatment = By.xpath("//div[@data-kind='TREATMENT']");
        deskChart.waitFor(By.xpath("//div[@data-kind='TREATMENT']//button[contains(., 'Consent given')]")).click();
        deskChart.waitForText(By.id("messages"), "recorded on version");
        assertEquals("frontdesk", TestServer.queryOne("SELECT witness FROM consent_record WHERE client_id = ?"
                + " AND kind = 'TREATMENT' AND decision = 'GIVEN'", avery), "front desk is the witness");
        assertEquals(TestServer.queryOne("SELECT MAX(version) FROM consent_form WHERE kind = 'TREATMENT' AND active"),
                TestServer.queryOne("SELECT form_version FROM consent_record WHERE client_id = ? AND kind = 'TREATMENT'",
                        avery), "the version of the wording in use");
        deskChart.waitFor(By.xpath("//div[@data-kind='TREATMENT']//button[contains(., 'Withdraw')]")).click();
        deskChart.waitFor(By.cssSelector(".ui-confirmdialog-yes")).click();
        deskChart.waitForText(By.id("messages"), "the earlier record stays");
        assertFalse(deskChart.isPresent(By.xpath("//div[@data-kind='TREATMENT']//button[contains(., 'Withdraw')]")));
        assertNotNull(deskChart.find(treatment));
        assertEquals(2L, ((Number) TestServer.queryOne("SELECT COUNT(*) FROM consent_record WHERE client_id = ?"
                + " AND kind = 'TREATMENT'", avery)).longValue(), "withdrawing adds a record, nothing is deleted");

        // a counsellor off the case: refused (audited) and offered break-the-glass
        Browser off = browser("counsellor2");
        off.get("clients/view.xhtml?id=" + avery).signIn("counsellor2");
        off.waitForText(By.id("pageTitle"), firstA + " " + last);
        openTab(off, "Intake");
        off.waitForText(By.cssSelector("[id='chart:intakeTab'] .tf-refusal"), "not among the counsellors");
        assertTrue(off.find(By.cssSelector("[id='chart:intakeTab'] .tf-break-glass")).isDisplayed());
        String offPage = off.driver().getPageSource();
        assertFalse(offPage.contains(CONCERNS_A), "nothing of the intake after a refusal");
        assertFalse(offPage.contains(quinnChart), "not even the partner's chart number");
        assertNotNull(TestServer.queryOne("SELECT id FROM audit_event WHERE actor = 'counsellor2' AND outcome = 'DENIED'"
                + " AND client_id = ?", avery), "the refusal is audited");
    }

    /** The enquiry form as front desk fills it; returns the new client's id (their chart is shown). */
    private static long takeEnquiry(Browser b, String first, String last, LocalDate dob) {
        b.menu("New enquiry");
        b.type(By.id("enquiry:legalFirstName"), first);
        b.type(By.id("enquiry:legalLastName"), last);
        b.type(By.id("enquiry:dateOfBirth_input"), dob.toString());
        b.type(By.id("enquiry:phone"), "07700 900" + (100 + ThreadLocalRandom.current().nextInt(900)));
        b.type(By.id("enquiry:heardAbout"), "Their doctor");
        b.type(By.id("enquiry:reason"), "Would like to come as a couple");
        choose(b, "enquiry:counsellor", "Casey Counsellor");
        b.find(By.id("enquiry:save")).click();
        b.waitUntil(d -> d.getCurrentUrl().contains("clients/view.xhtml")
                || !d.findElements(By.id("enquiry:saveAnyway")).isEmpty());
        if (!b.url().contains("clients/view.xhtml")) {
            b.find(By.id("enquiry:saveAnyway")).click();
            b.waitForUrl("clients/view.xhtml");
        }
        b.waitForText(By.id("pageTitle"), first + " " + last);
        return clientIdShown(b);
    }

    /** Every required section of the wizard, step by step; {@code notSafe}: a positive risk answer. */
    private static void completeIntake(Browser b, long clientId, String concerns, boolean notSafe) {
        b.get("clients/intake.xhtml?id=" + clientId);
        b.waitFor(By.id("requiredHint"));
        assertTrue(b.find(By.cssSelector("label[for='intake:presentingConcerns']")).getText().contains("*"),
                "required answers are marked");
        b.type(By.id("intake:presentingConcerns"), concerns);
        next(b, "intake:behaviourWhat");
        b.type(By.id("intake:behaviourWhat"), "Hidden browsing at night");
        b.type(By.id("intake:behaviourSince"), "Three years");
        b.type(By.id("intake:behaviourFrequency"), "Weekly");
        b.type(By.id("intake:behaviourMostRecent"), "Two weeks ago");
        next(b, "intake:relationshipLength");
        choose(b, "intake:relationshipStatus", "MARRIED");
        choose(b, "intake:partnerInCare", "Will be");
        next(b, "intake:previousHelp");
        next(b, "intake:protectiveFactors");
        radio(b, "intake:selfHarmThoughts", 1);
        b.type(By.id("intake:protectiveFactors"), "Close friends, running");
        radio(b, "intake:violenceAtHome", 1);
        radio(b, "intake:safeAtHome", notSafe ? 1 : 0);
        radio(b, "intake:riskToOthers", 1);
        if (notSafe) {
            b.type(By.id("intake:riskDetails"), "Feels unsafe after arguments; safety plan agreed");
        }
        b.clickAndWaitForReplacement(By.id("intake:submit"), By.id("intake:messages"));
        b.waitForText(By.id("intake:messages"), "Intake submitted.");
    }

    private static void next(Browser b, String fieldOfNextStep) {
        b.find(By.cssSelector("[id='intake:wizard'] .ui-wizard-nav-next")).click();
        b.waitUntil(ExpectedConditions.elementToBeClickable(By.id(fieldOfNextStep)));
    }

    /** Picks option {@code index} of a PrimeFaces radio group, as a person clicks its box. */
    private static void radio(Browser b, String id, int index) {
        String input = id + ":" + index;
        b.waitUntil(d -> {
            if (Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("var e = document.getElementById(arguments[0]); return e != null && e.checked;", input))) {
                return true;
            }
            d.findElement(By.xpath("//input[@id='" + input + "']/../following-sibling::div[contains(@class,"
                    + " 'ui-radiobutton-box')]")).click();
            return false;
        });
    }

    private static void bookIntake(long counsellorId, long clientId) {
        LocalDate day = TestDays.fresh(DayOfWeek.WEDNESDAY);
        Instant start = day.atTime(8 + ThreadLocalRandom.current().nextInt(9), 0).toInstant(ZoneOffset.UTC);
        Api.Reply r = Api.as("admin").post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellorId).add("clientIds", Json.createArrayBuilder().add(clientId))
                .add("type", "INTAKE").add("start", start.toString()).add("videoLink", "https://video.example.org/p")
                .add("overrideReason", "screen test intake").build().toString());
        assertEquals(201, r.status(), r.toString());
    }

    private static void openTab(Browser b, String title) {
        b.find(By.xpath("//div[@id='chart']//ul[@role='tablist']//a[normalize-space()='" + title + "']")).click();
    }

    private static List<String> tabTitles(Browser b) {
        return b.waitUntil(d -> d.findElements(TAB_TITLES).stream().map(e -> e.getText().strip())
                .filter(s -> !s.isEmpty()).toList());
    }
}
