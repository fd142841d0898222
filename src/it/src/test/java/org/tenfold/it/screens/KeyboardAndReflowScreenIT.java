package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * The keyboard and a phone-width screen: Enter on a client's name in the client list opens the chart (the data
 * table no longer swallows the key), Sign out shows a focus ring when tabbed to, and at 320 CSS px the shell, the
 * client list and Today keep their content (names, Check-in, Sign out) without scrolling sideways.
 */
@ExtendWith(ArquillianExtension.class)
class KeyboardAndReflowScreenIT extends ScreenTest {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void enterOnAClientNameOpensTheChartAndSignOutShowsItsFocus() {
        Person counsellor = PlanData.newStaff("kbd", "COUNSELLOR");
        Case c = PlanData.individualCase(counsellor);
        long client = c.clients().get(0);
        String last = (String) TestServer.queryOne("SELECT legal_last_name FROM client WHERE id = ?", client);

        Browser b = browser("keyboard");
        b.signIn("frontdesk");
        b.get("clients/list.xhtml");
        WebElement table = b.find(By.id("clients:table"));
        b.type(By.id("clients:search"), last);
        b.waitUntilGone(table);
        By link = By.xpath("//tbody[@id='clients:table_data']//a[contains(., '" + last + "')]");
        b.waitFor(link);
        // from the search field, Tab by Tab to the client's name, as a keyboard user does
        WebElement name = b.find(link);
        for (int i = 0; i < 20 && !name.equals(b.driver().switchTo().activeElement()); i++) {
            b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(name, b.driver().switchTo().activeElement(), "Tab reaches the client's name");
        b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
        b.waitForUrl("clients/view.xhtml?id=" + client);

        // Sign out, reached by Tab, shows a ring
        b.find(By.tagName("body")).click();
        String outline = null;
        for (int i = 0; i < 60; i++) {
            b.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            if ("logout".equals(b.script("return document.activeElement.id;"))) {
                outline = (String) b.script("var s = getComputedStyle(document.activeElement);"
                        + "return s.outlineStyle + ' ' + s.outlineWidth;");
                break;
            }
        }
        assertTrue(outline != null, "Tab reaches Sign out");
        assertTrue(!outline.startsWith("none") && !outline.endsWith(" 0px"), "Sign out's focus ring: " + outline);
    }

    @Test
    void atPhoneWidthTheKeyContentStaysAndNothingScrollsSideways() {
        Person counsellor = PlanData.newStaff("reflow", "COUNSELLOR");
        Case c = PlanData.individualCase(counsellor);
        long client = c.clients().get(0);
        String last = (String) TestServer.queryOne("SELECT legal_last_name FROM client WHERE id = ?", client);
        bookToday(counsellor, client);

        Browser b = browser("phone");
        b.signIn("frontdesk");
        ((ChromeDriver) b.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.<String, Object>of(
                "width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        try {
            b.get("schedule/today.xhtml");
            By row = By.xpath("//tbody[@id='today:table_data']/tr[.//span[contains(., '" + last + "')]]");
            WebElement today = b.waitFor(row);
            assertTrue(today.getText().contains(last), "the client's name is shown: " + today.getText());
            WebElement checkIn = today.findElement(By.xpath(".//button[contains(@id, 'checkIn')]"));
            assertTrue(checkIn.isDisplayed() && inView(b, checkIn), "Check-in is shown within the width");
            assertFitsTheWidth(b, "Today");
            assertTrue(inView(b, b.waitFor(By.id("logout"))), "Sign out is reachable");
            assertTrue(inView(b, b.waitFor(By.xpath("//form[@id='menuForm']//a[.//span[normalize-space()='Clients']]"))), "the menu is reachable");

            b.get("clients/list.xhtml");
            WebElement table = b.find(By.id("clients:table"));
            b.type(By.id("clients:search"), last);
            b.waitUntilGone(table);
            WebElement name = b.waitFor(By.xpath("//tbody[@id='clients:table_data']//a[contains(., '" + last + "')]"));
            assertTrue(inView(b, name), "the client's name is shown within the width");
            assertFitsTheWidth(b, "the client list");

            b.get("index.xhtml");
            b.waitFor(By.id("pageTitle"));
            assertFitsTheWidth(b, "Home");
        } finally {
            ((ChromeDriver) b.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static boolean inView(Browser b, WebElement e) {
        return Boolean.TRUE.equals(b.script("var r = arguments[0].getBoundingClientRect();"
                + "return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth + 1;", e));
    }

    private static void assertFitsTheWidth(Browser b, String page) {
        Object widths = b.script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                + " window.innerWidth];");
        @SuppressWarnings("unchecked")
        List<Number> w = (List<Number>) widths;
        assertTrue(w.get(0).longValue() <= w.get(2).longValue(), page + " scrolls sideways at 320 px: scrollWidth "
                + w.get(0) + " > viewport " + w.get(2));
    }

    /** Books today for the client; as admin with a reason, so that any day and hour works. */
    private static void bookToday(Person counsellor, long client) {
        Api admin = Api.as("admin");
        LocalDate today = LocalDate.now(CalendarScreenTest.CLINIC);
        List<Integer> starts = new ArrayList<>();
        for (int m = 8 * 60; m <= 18 * 60; m += 55) {
            starts.add(m);
        }
        Collections.shuffle(starts);
        Api.Reply last = null;
        for (int minute : starts) {
            Instant start = today.atTime(LocalTime.MIDNIGHT.plusMinutes(minute)).atZone(CalendarScreenTest.CLINIC)
                    .toInstant();
            last = admin.post("api/appointments", "{\"counsellorId\":" + counsellor.id() + ",\"videoLink\":"
                    + "\"https://video.example.org/reflow\",\"clientIds\":[" + client + "],\"type\":\"INDIVIDUAL\","
                    + "\"start\":\"" + start + "\",\"overrideReason\":\"screen test on any day\"}");
            if (last.status() == 201) {
                return;
            }
        }
        throw new AssertionError("could not book today: " + last);
    }
}
