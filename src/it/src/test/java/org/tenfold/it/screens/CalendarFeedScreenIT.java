package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.scheduling.CalendarFeeds;

/**
 * A counsellor makes their calendar feed on its page, copies the address shown once, and a
 * calendar app reading it gets their appointment; a new address ends the old one, revoking ends
 * it; front desk has no such page in the menu.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarFeedScreenIT extends ScreenTest {

    private static final By URL = By.id("feed:url");
    private static final By MESSAGES = By.id("feed:messages");
    private static final By STATUS = By.id("status");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aCounsellorCreatesRenewsAndRevokesTheirFeed() {
        Api admin = ClientData.signedIn("admin");
        Api frontDesk = ClientData.signedIn("frontdesk");
        String username = CalendarFeeds.uniqueUsername("screenfeed");
        long counsellor = CalendarFeeds.newCounsellor(admin, username);
        String surname = capitalised(uniqueLetters());
        long client = ClientData.create(frontDesk, ClientData.client("Morgan", surname)).getJsonNumber("id").longValue();
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(9, ChronoUnit.DAYS).plus(11, ChronoUnit.HOURS);
        Api.Reply booked = frontDesk.post("api/appointments", "{\"counsellorId\":" + counsellor + ",\"videoLink\":"
                + "\"https://video.example.org/feed-screen\",\"clientIds\":[" + client + "],\"type\":\"INDIVIDUAL\","
                + "\"start\":\"" + start + "\"}");
        assertEquals(201, booked.status(), booked.toString());
        long appointment = booked.json().getJsonNumber("id").longValue();

        Browser b = browser("counsellor");
        b.signIn(username, CalendarFeeds.PASSWORD, true);
        assertTrue(b.menuLabels().contains("Calendar feed"), "a counsellor's menu: " + b.menuLabels());
        b.menu("Calendar feed");
        b.waitForText(By.id("pageTitle"), "Calendar feed");
        b.waitForText(STATUS, "You have no calendar feed");
        assertFalse(b.isPresent(URL));
        b.screenshot("no-feed");

        b.clickAndWaitForReplacement(By.id("feed:create"), STATUS);
        b.waitForText(MESSAGES, "Copy the address now");
        String url = b.value(URL);
        assertTrue(url.startsWith(TestServer.baseUrl() + "feeds/") && url.endsWith(".ics"), url);
        assertTrue(b.find(By.id("copy")).isDisplayed(), "a copy button beside the address");
        assertTrue(b.find(By.id("feed:webcal")).getDomAttribute("href").startsWith("webcal://"));
        b.screenshot("created");

        CalendarFeeds.Read read = CalendarFeeds.read(url);
        assertEquals(200, read.status(), read.toString());
        Map<String, Map<String, String>> events = CalendarFeeds.events(CalendarFeeds.parse(read.body()));
        Map<String, String> event = events.get("appointment-" + appointment + "@clinic.test");
        assertEquals("M. " + surname.charAt(0) + ". · Individual", event.get("SUMMARY"), read.body());
        assertEquals("Video", event.get("LOCATION"));
        assertFalse(read.body().contains(surname) || read.body().contains("Morgan"), read.body());

        // the address is shown once: a fresh load of the page does not have it
        b.get("schedule/feed.xhtml");
        b.waitForText(STATUS, "Active since");
        assertFalse(b.isPresent(URL), "the address is not shown again");

        confirm(b, "feed:regenerate");
        b.waitForText(MESSAGES, "A new address is ready");
        String renewed = b.value(URL);
        assertNotEquals(url, renewed);
        assertEquals(404, CalendarFeeds.read(url).status(), "the old address no longer works");
        assertEquals(200, CalendarFeeds.read(renewed).status());
        b.screenshot("renewed");

        confirm(b, "feed:revoke");
        b.waitForText(MESSAGES, "revoked");
        b.waitForText(STATUS, "You have no calendar feed");
        assertEquals(404, CalendarFeeds.read(renewed).status(), "revoked");
        b.screenshot("revoked");

        Browser desk = browser("frontdesk");
        desk.signIn("frontdesk");
        assertFalse(desk.menuLabels().contains("Calendar feed"), "front desk's menu: " + desk.menuLabels());
        desk.get("schedule/feed.xhtml");
        desk.waitForText(By.id("notAllowed"), "for staff who take appointments");
        assertFalse(desk.isPresent(By.id("feed:create")));
    }

    /** Presses a button guarded by the page's confirmation dialog, then "Yes". */
    private static void confirm(Browser b, String button) {
        WebElement status = b.find(STATUS);
        b.find(By.id(button)).click();
        b.waitUntil(ExpectedConditions.elementToBeClickable(By.id("feed:confirmYes"))).click();
        b.waitUntilGone(status);
    }
}
