package org.tenfold.it.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Person;
import org.tenfold.it.scheduling.TestMailbox;
import org.tenfold.it.screens.Browser;

/**
 * A client's first visit on a phone-width Chromium: the invitation's link, a refused and then an accepted
 * password, the first sign-in, the released report downloaded byte for byte, a piece of work marked done with a
 * note the counsellor then reads, a questionnaire answered (missing answers marked, then sent in and scored for
 * the counsellor), an appointment cancelled and another asked of front
 * desk (late), "leave quickly" replacing the page and ending the session. Along the way: every title is the
 * portal's neutral name, no address holds the link's token, "leave quickly" is the first thing a keyboard reaches,
 * and at 200% zoom (half the width) nothing scrolls sideways.
 */
@ExtendWith(ArquillianExtension.class)
class PortalScreenIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void invitationFirstSignInDownloadWorkDoneAndLeavingQuickly() throws Exception {
        Person counsellor = PlanData.newStaff("portalscr", "COUNSELLOR");
        PlanData.Case c = PlanData.individualCase(counsellor);
        long client = c.clients().get(0);
        Api api = counsellor.api();
        String email = PortalData.giveEmail(client);
        long report = PortalData.releasedReport(api, client, c.id(), "INDIVIDUAL", "Steady progress.");
        Api.Reply activity = api.post("api/cases/" + c.id() + "/self-care", Json.createObjectBuilder()
                .add("clientId", client).add("activity", "A walk before breakfast").add("frequency", "daily").build()
                .toString());
        assertEquals(201, activity.status(), activity.toString());
        long activityId = activity.json().getJsonNumber("id").longValue();
        Api.Reply assigned = org.tenfold.it.measure.MeasureData.assign(api, c.id(), client, "GAD-7", "ONCE",
                "IN_SESSION", null);
        assertEquals(201, assigned.status(), assigned.toString());
        long questionnaire = ((Number) TestServer.queryOne("SELECT id FROM measure_response WHERE client_id = ?",
                client)).longValue();
        long early = appointment(counsellor, client, Instant.now().plus(6, ChronoUnit.DAYS));
        long late = appointment(counsellor, client, Instant.now().plus(3, ChronoUnit.HOURS));
        // the portal's "leave quickly" goes to an ordinary page; here one of this server's, as the tests reach no other
        Api.Reply settings = PlanData.admin().put("api/settings/portal", Json.createObjectBuilder().add("name", "My space")
                .add("idleMinutes", 10).add("cancelNoticeHours", 24).add("address", "")
                .add("leaveAddress", TestServer.baseUrl() + "health").add("notifyOnRelease", true).build().toString(), null);
        assertEquals(200, settings.status(), settings.toString());

        String link;
        try (TestMailbox mailbox = TestMailbox.start()) {
            link = PortalVisitor.invite(api, client, mailbox, email);
        }
        try (Browser b = Browser.open("portal-phone")) {
            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.driver().get(link);
            b.waitFor(By.id("welcome:password"));
            assertFalse(b.url().contains("t="), "the link's token is not left in the address: " + b.url());
            assertEquals("My space", b.driver().getTitle());
            b.type(By.id("welcome:password"), "qwertyuiop123");
            b.type(By.id("welcome:repeat"), "qwertyuiop123");
            b.clickAndWaitForReplacement(By.id("welcome:save"), By.id("welcome"));
            b.waitForText(By.id("messages"), "most common");
            b.type(By.id("welcome:password"), PortalData.PASSWORD);
            b.type(By.id("welcome:repeat"), PortalData.PASSWORD);
            b.clickAndWaitForReplacement(By.id("welcome:save"), By.id("welcome"));
            b.waitForText(By.id("messages"), "Your password is set");

            b.type(By.id("signin:email"), email);
            b.type(By.id("signin:password"), PortalData.PASSWORD);
            b.clickAndWaitForReplacement(By.id("signin:go"), By.id("signin"));
            b.waitForText(By.id("heading"), "Hello");
            b.waitForText(By.id("waiting"), "Questions to answer: 1");
            assertEquals("My space", b.driver().getTitle(), "the title says nothing of what this is");
            b.screenshot("home");
            // the keyboard reaches "leave quickly" first
            b.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
            assertEquals("leave", b.script("return document.activeElement.id"));
            assertNoSidewaysScroll(b, "home");

            // the released report, as the client downloads it
            b.find(By.id("navDocuments")).click();
            WebElement doc = b.waitFor(By.id("document-" + report));
            assertTrue(doc.getText().startsWith("Document for"), doc.getText());
            byte[] downloaded = fetch(doc.getAttribute("href"), b.driver().manage().getCookieNamed("PORTALSESSION").getValue());
            assertTrue(Arrays.equals(staffPdf(api, report), downloaded), "the released file, byte for byte");
            assertEquals("My space", b.driver().getTitle());

            // the work: marked done with a note for the counsellor
            b.find(By.id("navTasks")).click();
            String key = "task-SELF_CARE-" + activityId;
            WebElement task = b.waitFor(By.id(key));
            WebElement done = task.findElement(By.cssSelector("input[type=checkbox]"));
            done.click();
            task.findElement(By.tagName("textarea")).sendKeys("Three mornings out of five");
            b.clickAndWaitForReplacement(By.cssSelector("#" + key + " input[type=submit]"), By.id(key));
            b.waitForText(By.id("messages"), "Your counsellor will see it");
            b.waitForText(By.id(key), "Done");
            assertNoSidewaysScroll(b, "tasks");
            Api.Reply notes = api.get("api/cases/" + c.id() + "/portal-work");
            assertEquals(200, notes.status(), notes.toString());
            assertTrue(notes.body().contains("Three mornings out of five") && notes.body().contains("\"done\":true"),
                    "the counsellor reads it: " + notes.body());

            // a questionnaire answered on the forms page: every missing answer marked at once, then sent in
            b.find(By.id("navForms")).click();
            b.waitFor(By.id("questionnaire-" + questionnaire));
            b.find(By.id("answer-" + questionnaire)).click();
            b.waitFor(By.id("fillActions"));
            assertEquals("My space", b.driver().getTitle());
            assertTrue(b.url().endsWith("/portal/fill.xhtml?f=" + questionnaire), "a neutral address: " + b.url());
            assertEquals("How you have been feeling lately", b.find(By.id("fillTitle")).getText());
            assertEquals(8L, b.script("return document.querySelectorAll('fieldset.item > legend').length"),
                    "a fieldset and legend per question");
            assertEquals(Boolean.TRUE, b.script("var r = document.getElementById('send').getBoundingClientRect();"
                    + " return r.bottom <= window.innerHeight && r.top >= 0"), "sending is in view at once");
            for (int item = 1; item <= 5; item++) {
                choose(b, "q" + item + "-1");
            }
            b.clickAndWaitForReplacement(By.id("send"), By.id("fill"));
            b.waitForText(By.id("messages"), "2 questions still need an answer");
            assertTrue(b.isPresent(By.id("missing-6")) && b.isPresent(By.id("missing-7")), "each marked beside it");
            assertFalse(b.isPresent(By.id("missing-8")), "the optional one is not");
            assertEquals("missing-6", b.find(By.id("item-6")).getAttribute("aria-describedby"));
            assertTrue(b.find(By.id("q3-1")).isSelected(), "the answers given are kept");
            assertNoSidewaysScroll(b, "fill");
            choose(b, "q6-2");
            choose(b, "q7-2");
            b.clickAndWaitForReplacement(By.id("send"), By.id("fill"));
            b.waitForText(By.id("messages"), "Thank you: your answers are sent.");
            b.waitFor(By.id("sent-" + questionnaire));
            b.screenshot("questionnaire-sent");
            Api.Reply scored = api.get("api/measure-responses/" + questionnaire);
            assertEquals(200, scored.status(), scored.toString());
            assertEquals(9.0, scored.json().getJsonObject("summary").getJsonObject("score").getJsonNumber("total")
                    .doubleValue(), "the counsellor sees the score: " + scored.body());
            assertEquals("SUBMITTED", scored.json().getJsonObject("summary").getString("status"));

            // an appointment far enough ahead is cancelled at once; one inside the notice goes to front desk
            b.find(By.id("navCalendar")).click();
            WebElement ahead = b.waitFor(By.id("appointment-" + early));
            ahead.findElement(By.tagName("summary")).click();
            b.clickAndWaitForReplacement(By.cssSelector("#appointment-" + early + " input[type=submit]"),
                    By.id("appointment-" + early));
            b.waitForText(By.id("messages"), "The appointment is cancelled");
            assertEquals("CANCELLED", TestServer.queryOne("SELECT status FROM appointment WHERE id = ?", early));
            WebElement soon = b.waitFor(By.id("appointment-" + late));
            soon.findElement(By.tagName("summary")).click();
            b.clickAndWaitForReplacement(By.cssSelector("#appointment-" + late + " input[type=submit]"),
                    By.id("appointment-" + late));
            b.waitForText(By.id("messages"), "Tell us why");
            soon = b.waitFor(By.id("appointment-" + late));
            soon.findElement(By.tagName("summary")).click();
            soon.findElement(By.tagName("textarea")).sendKeys("The car broke down");
            b.clickAndWaitForReplacement(By.cssSelector("#appointment-" + late + " input[type=submit]"),
                    By.id("appointment-" + late));
            b.waitForText(By.id("messages"), "front desk");
            b.waitFor(By.id("requested-" + late));
            Api.Reply requests = PlanData.frontDesk().get("api/portal/cancellation-requests");
            assertTrue(requests.body().contains("The car broke down"), requests.body());

            // leave quickly: the page is replaced by an ordinary one and the session is gone
            b.find(By.id("leave")).click();
            b.waitForUrl("/health");
            // the page's script ends the session with a request of its own as it moves away (so leaving is not
            // held up): ask for the home page until that request has arrived and the sign-in form answers
            b.waitUntil(d -> {
                b.get("portal/home.xhtml");
                return b.isPresent(By.id("signin:email")) ? Boolean.TRUE : null;
            });
            assertFalse(b.bodyText().contains("Hello"), "nothing of the portal without signing in again");
        }

        // front desk keep the late one on the Today screen: the request closes, the appointment stays booked
        try (Browser desk = Browser.open("portal-frontdesk")) {
            desk.get("login.xhtml").signIn("frontdesk");
            desk.menu("Today");
            By keep = By.xpath("//*[@id='portalRequests:requests']//tr[contains(., 'The car broke down')]"
                    + "//button[contains(., 'Keep')]");
            desk.find(keep).click();
            desk.waitForText(By.id("portalRequests:messages"), "Kept; let the client know.");
            assertEquals("BOOKED", TestServer.queryOne("SELECT status FROM appointment WHERE id = ?", late));
            Api.Reply open = PlanData.frontDesk().get("api/portal/cancellation-requests");
            assertEquals(200, open.status(), open.toString());
            assertFalse(open.body().contains("The car broke down"), "decided, so no longer open: " + open.body());
            desk.screenshot("today-kept");
        }
        // and an administrator saves the portal's settings on the clinic settings screen
        try (Browser admin = Browser.open("portal-settings")) {
            admin.get("login.xhtml").signIn("admin");
            admin.menu("Clinic settings");
            assertEquals("My space", admin.value(By.id("portalSettings:portalName")));
            admin.clickAndWaitForReplacement(By.id("portalSettings:save"), By.id("portalSettings:messages"));
            admin.waitForText(By.id("portalSettings:messages"), "The portal's settings are saved.");
            Api.Reply saved = PlanData.admin().get("api/settings/portal");
            assertEquals(200, saved.status(), saved.toString());
            assertEquals("My space", saved.json().getString("name"));
            assertEquals(TestServer.baseUrl() + "health", saved.json().getString("leaveAddress"));
        }
    }

    /** Chooses an answer by its label, as a thumb would, with the label scrolled clear of the actions' bar. */
    private static void choose(Browser b, String option) {
        WebElement label = b.find(By.cssSelector("label[for='" + option + "']"));
        b.script("arguments[0].scrollIntoView({block: 'center'})", label);
        label.click();
        assertTrue(b.find(By.id(option)).isSelected(), option + " is chosen");
    }

    private static void assertNoSidewaysScroll(Browser b, String page) {
        Dimension before = b.driver().manage().window().getSize();
        // 200% zoom of a 390 px wide phone is a 195 px wide layout
        ChromeDriver chrome = (ChromeDriver) b.driver();
        chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.<String, Object>of("width", 195,
                "height", 422, "deviceScaleFactor", 2, "mobile", true));
        try {
            Object fits = b.script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1");
            assertEquals(Boolean.TRUE, fits, page + " scrolls sideways at 200% zoom");
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.<String, Object>of());
            b.driver().manage().window().setSize(before);
        }
    }

    private static long appointment(Person counsellor, long client, Instant at) {
        Instant start = at.truncatedTo(ChronoUnit.HOURS).plus(ThreadLocalRandom.current().nextInt(0, 50), ChronoUnit.MINUTES);
        Api.Reply r = PlanData.admin().post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", counsellor.id()).add("clientIds", Json.createArrayBuilder().add(client))
                .add("type", "INDIVIDUAL").add("start", start.toString()).add("videoLink", "https://video.example.org/c")
                .add("overrideReason", "test session outside set hours").build().toString());
        assertEquals(201, r.status(), r.toString());
        return r.json().getJsonNumber("id").longValue();
    }

    private static byte[] fetch(String url, String session) throws Exception {
        HttpResponse<byte[]> r = TestServer.httpClient(HttpClient.Redirect.NEVER).send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "PORTALSESSION=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static byte[] staffPdf(Api api, long report) throws Exception {
        HttpResponse<byte[]> r = TestServer.httpClient(HttpClient.Redirect.NEVER).send(HttpRequest.newBuilder(
                URI.create(TestServer.baseUrl() + "api/progress-reports/" + report + "/pdf"))
                .header("Authorization", "Bearer " + api.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        return r.body();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
