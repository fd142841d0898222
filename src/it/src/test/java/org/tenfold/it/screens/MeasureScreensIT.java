package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.measure.MeasureData;
import org.tenfold.it.note.NoteData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;
import org.tenfold.it.scheduling.TestMailbox;

/**
 * Outcome measures as people see them: a client answers through the emailed one-time link on a phone-width browser
 * (each answer kept as given, also across a reload; a critical answer shows the clinic's crisis text and reaches the
 * counsellor's home page at once; the link then no longer opens), the counsellor reads scores with their bands and
 * cut-off on the chart and the plan, both partners' CSI-4 on one chart, the check-in beside their own ratings, and
 * front desk sees only that something waits.
 */
@ExtendWith(ArquillianExtension.class)
class MeasureScreensIT extends ScreenTest {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+/answer\\.xhtml\\?t=([A-Za-z0-9_-]{43}))");
    private static final List<String> NOT_IN_THE_MESSAGE = List.of("counsel", "therap", "clinic", "harbour", "phq",
            "depress", "anxi", "mood", "relationship", "risk", "session", "questionnaire", "health");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aClientAnswersThroughTheEmailedLinkOnAPhoneAndACriticalAnswerReachesTheCounsellorAtOnce() throws Exception {
        Person lead = PlanData.newStaff("measscr", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long client = couple.partner();
        String email = MeasureData.withEmail(client);
        String token;
        String url;
        try (TestMailbox mailbox = TestMailbox.start()) {
            Api.Reply assigned = MeasureData.assign(lead.api(), couple.id(), client, "PHQ-9", "ONCE", "EMAIL", null);
            assertEquals(201, assigned.status(), assigned.toString());
            MimeMessage message = mailbox.awaitOne(email, "A few questions for you");
            String body = ((String) message.getContent()).strip();
            String everything = (message.getSubject() + " " + message.getFrom()[0] + " " + body).toLowerCase(Locale.ROOT);
            for (String word : NOT_IN_THE_MESSAGE) {
                assertFalse(everything.contains(word), "\"" + word + "\" in the message: " + everything);
            }
            Matcher m = LINK.matcher(body);
            assertTrue(m.find(), "a one-time link in the message: " + body);
            url = m.group(1);
            token = m.group(2);
        }
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                "SELECT link_sha256, link_expires_at FROM measure_response WHERE client_id = ?")) {
            s.setLong(1, client);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8))), r.getString(1), "only the token's SHA-256 is kept");
                assertTrue(r.getTimestamp(2) != null, "the link expires");
            }
        }

        Browser phone = browser("phone");
        phone.driver().manage().window().setSize(new Dimension(390, 844));
        phone.driver().get(url);
        assertEquals("Check-in", phone.driver().getTitle(), "a discreet page title");
        assertEquals("How you have been feeling", phone.text(By.id("answer:title")));
        for (int item = 1; item <= 4; item++) {
            choose(phone, item, "Several days", item + " of 9 answered");
        }
        assertEquals("Several days", checked(phone, 3), "the answer shows as given");
        Object overflow = ((JavascriptExecutor) phone.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(((Number) overflow).longValue() <= 0, "fits a phone's width, no sideways scrolling: " + overflow);
        phone.driver().navigate().refresh();
        phone.waitForText(By.id("answer:answeredCount"), "4 of 9 answered");
        assertEquals("Several days", checked(phone, 3), "an answer given before the reload is kept");
        assertEquals(403, PlanData.frontDesk().get("api/clients/" + client + "/measures/responses").status());

        WebElement send = phone.find(By.id("answer:send"));
        send.click();
        phone.waitForText(By.id("answer:messages"), "not answered yet");
        for (int item = 5; item <= 8; item++) {
            choose(phone, item, "Not at all", item + " of 9 answered");
        }
        choose(phone, 9, "More than half the days", "9 of 9 answered");
        phone.find(By.id("answer:send")).click();
        String thanks = phone.waitForText(By.id("thanks"), "Thank you");
        assertTrue(phone.text(By.id("crisis")).contains("116 123"), "the clinic's crisis text: " + thanks);

        // at once: the flag, the urgent task, the counsellor's home page
        assertEquals(1, MeasureData.items(lead.api().get("api/clients/" + client + "/flags")).size());
        Browser desk = browser("counsellor");
        desk.signIn(lead.username(), PlanData.PASSWORD, true);
        String home = desk.text(By.id("returnedMeasures"));
        assertTrue(home.contains("PHQ-9") && home.contains("Needs follow-up"), home);
        assertTrue(desk.text(By.id("myTasks")).contains("Urgent: contact"), desk.text(By.id("myTasks")));
        JsonObject response = MeasureData.items(lead.api().get("api/clients/" + client + "/measures/responses"))
                .getJsonObject(0);
        assertEquals("SUBMITTED", response.getString("status"));
        assertEquals("client-link", response.getString("submittedBy"));
        assertEquals(6.0, response.getJsonObject("score").getJsonNumber("total").doubleValue(), "four answers of 1, item 9 of 2");

        phone.driver().get(url);
        phone.waitForText(By.id("closed"), "This link does not open");
        phone.driver().get(url.replace(token, token.substring(1) + "A"));
        phone.waitForText(By.id("closed"), "This link does not open");
    }

    private static void choose(Browser b, int item, String label, String counted) {
        WebElement option = b.find(By.xpath("//li[@data-item='" + item + "']//label[normalize-space()='" + label + "']"));
        option.click();
        b.waitForText(By.id("answer:answeredCount"), counted);
    }

    /** The label of the item's chosen answer, or "none". */
    private static String checked(Browser b, int item) {
        return b.waitUntil(d -> d.findElements(By.xpath("//li[@data-item='" + item + "']//input[@type='radio']")).stream()
                .filter(WebElement::isSelected).map(i -> d.findElement(By.xpath("//label[@for='" + i.getAttribute("id")
                        + "']")).getText()).findFirst().orElse("none"));
    }

    @Test
    void theChartAndPlanShowScoresWithBandsBothPartnersCsi4AndTheCheckInBesideTheCounsellorsRatings() throws Exception {
        Person lead = PlanData.newStaff("measscr", "COUNSELLOR");
        PlanData.Case couple = PlanData.coupleCase(lead);
        long alex = couple.inRecovery();
        long jordan = couple.partner();
        MeasureData.consent(lead.api(), alex, "SHARE");
        MeasureData.consent(lead.api(), jordan, "SHARE");
        Api api = lead.api();
        MeasureData.given(api, alex, couple.id(), "CSI-4", 2, 2, 2, 2);
        MeasureData.given(api, alex, couple.id(), "CSI-4", 4, 4, 4, 4);
        MeasureData.given(api, jordan, couple.id(), "CSI-4", 1, 2, 2, 2);
        MeasureData.given(api, jordan, couple.id(), "CSI-4", 3, 3, 3, 3);
        MeasureData.given(api, alex, couple.id(), "PHQ-9", 2, 2, 2, 2, 2, 2, 2, 2, 0);
        MeasureData.given(api, alex, couple.id(), "PHQ-9", 1, 1, 1, 1, 0, 1, 1, 1, 0);
        MeasureData.given(api, jordan, couple.id(), "TEN-STEP", 5, 7, 5, 5, 5, 5, 5, 5, 5, 5);
        long held = NoteData.heldSession(lead.id(), couple.id(), "COUPLE", 2, alex, jordan);
        long note = NoteData.id(NoteData.start(api, held, "DAP"));
        NoteData.saved(api, note, NoteData.dap("Both came.", "Listening.", "Next week.", "COMMUNICATE"));
        NoteData.signed(api, note);
        PlanData.createPlan(api, couple.id(), true);
        Api.Reply assigned = MeasureData.assign(api, couple.id(), alex, "GAD-7", "ONCE", "IN_SESSION", null);
        assertEquals(201, assigned.status(), assigned.toString());

        Browser b = browser("chart");
        b.signIn(lead.username(), PlanData.PASSWORD, true);
        b.get("clients/view.xhtml?id=" + alex);
        b.find(By.xpath("//a[normalize-space()='Questionnaires']")).click();
        String responses = b.waitForText(By.id("chart:measureForm:responseTable"), "PHQ-9");
        assertTrue(responses.contains("Mild") && responses.contains("\u22129 from 16: reliable improvement"), responses);
        WebElement own = b.find(By.xpath("//section[@data-scope='own' and @data-instrument='PHQ-9']"));
        String svg = own.findElement(By.tagName("svg")).getAttribute("outerHTML");
        assertTrue(svg.contains("tf-cutoff") && svg.contains("Moderately severe"), "bands and cut-off drawn: " + svg);
        WebElement both = b.find(By.xpath("//section[@data-scope='couple' and @data-instrument='CSI-4']"));
        String couplesChart = both.getText();
        assertTrue(couplesChart.contains("both partners"), couplesChart);
        assertEquals(2, both.findElements(By.cssSelector("polyline.tf-series")).size(), "both partners' lines");
        String sentence = both.findElement(By.className("tf-measure-summary")).getText();
        assertTrue(sentence.contains("from 8 on") && sentence.contains("to 16") && sentence.contains("to 12"), sentence);
        assertTrue(b.text(By.id("chart:measureForm:assignmentTable")).contains("GAD-7"));

        b.get("clients/plan.xhtml?caseId=" + couple.id());
        String plan = b.text(By.id("plan:planMeasures"));
        assertTrue(plan.contains("CSI-4") && plan.contains("PHQ-9"), plan);
        WebElement step = b.find(By.cssSelector("div.tf-progress[data-step='COMMUNICATE'] .tf-check-in"));
        String legend = step.findElement(By.tagName("svg")).getAttribute("outerHTML");
        assertTrue(legend.contains("Counsellor") && legend.contains("(own rating)"), legend);
        assertTrue(step.getText().contains("own latest rating 7/10"), step.getText());

        long due = MeasureData.items(api.get("api/clients/" + alex + "/measures/responses")).stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("status").equals("OPEN")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        b.get("clients/measure.xhtml?responseId=" + due);
        b.waitForText(By.id("response:status"), "Open");
        for (int item = 1; item <= 7; item++) {
            WebElement option = b.find(By.xpath("//li[@data-item='" + item + "']//label[normalize-space()='Several days']"));
            option.click();
            b.waitForText(By.id("response:answeredCount"), item + " answered");
        }
        b.clickAndWaitForReplacement(By.id("response:submit"), By.id("response:status"));
        assertEquals("Submitted", b.text(By.id("response:status")));
        assertEquals("7", b.text(By.id("response:score")));

        Browser frontDesk = browser("frontdesk");
        frontDesk.signIn("frontdesk");
        frontDesk.get("clients/view.xhtml?id=" + jordan);
        assertFalse(frontDesk.isPresent(By.xpath("//a[normalize-space()='Questionnaires']")), "no questionnaires tab");
        assertFalse(frontDesk.driver().getPageSource().contains("CSI-4"));
        Api.Reply waiting = MeasureData.assign(api, couple.id(), jordan, "GAD-7", "ONCE", "IN_SESSION", null);
        assertEquals(201, waiting.status());
        frontDesk.get("clients/view.xhtml?id=" + jordan);
        frontDesk.find(By.xpath("//a[normalize-space()='Appointments']")).click();
        String dueText = frontDesk.waitForText(By.id("chart:measuresDue"), "Waiting since");
        assertFalse(dueText.contains("GAD"), dueText);
        assertFalse(frontDesk.driver().getPageSource().contains("GAD-7"), "nor in the page's source");
    }
}
