package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenfold.it.TestServer;

/** The client screens as front desk and counsellors use them, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
class ClientScreensIT extends ScreenTest {

    private static final By TABLE_ROWS = By.cssSelector("[id='clients:table_data'] > tr");
    private static final By TABLE = By.id("clients:table_data");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    /** The acceptance scenario, start to finish. */
    @Test
    void frontDeskRegistersAClientFindsItAndIsKeptOutOfAdministration() {
        Browser b = browser("frontdesk");
        b.get("index.xhtml");
        b.waitForUrl("login.xhtml"); // not signed in yet
        b.signIn("frontdesk");

        List<String> menu = b.menuLabels();
        assertAll("front desk's menu " + menu,
                () -> assertTrue(menu.contains("Clients")),
                () -> assertTrue(menu.contains("New client")),
                () -> assertFalse(menu.contains("Staff")),
                () -> assertFalse(menu.contains("Clinic settings")),
                () -> assertFalse(menu.contains("Audit log")));

        LocalDate dob = randomBirthDate();
        String suffix = String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        String phone = "07700 900" + suffix;
        String email = "zoe.dang." + uniqueLetters() + "@example.org";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("legalFirstName", "Zoë");
        fields.put("legalLastName", "Đặng-Nguyễn");
        fields.put("dateOfBirth", dob.toString());
        fields.put("phone", phone);
        fields.put("email", email);
        fillNewClient(b, fields);
        b.screenshot("new-client-form");

        String chart = saveAndExpectRecord(b, CLIENT_SAVE);
        b.screenshot("client-record");
        assertAll("the new client's record",
                () -> assertEquals("Zoë Đặng-Nguyễn", b.text(By.id("pageTitle"))),
                () -> assertEquals("Zoë", b.text(By.id("legalFirstName"))),
                () -> assertEquals("Đặng-Nguyễn", b.text(By.id("legalLastName"))),
                () -> assertEquals(dob.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)),
                        b.text(By.id("dateOfBirth"))),
                () -> assertEquals(phone, b.text(By.id("phone"))),
                () -> assertEquals(email, b.text(By.id("email"))),
                () -> assertTrue(b.text(By.id("messages")).contains("Client " + chart + " registered."),
                        "confirmation: " + b.text(By.id("messages"))),
                () -> assertTrue(b.driver().getTitle().startsWith("Zoë Đặng-Nguyễn"), b.driver().getTitle()));

        // the list: accent-free search finds her, and so does her chart number
        b.menu("Clients");
        b.waitForText(By.id("pageTitle"), "Clients");
        search(b, "zoe");
        String row = rowWith(b, chart);
        assertTrue(row.contains("Zoë Đặng-Nguyễn"), "row for " + chart + ": " + row);
        assertTrue(row.contains(dob.format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH))),
                row);
        b.screenshot("search-zoe");

        search(b, chart);
        b.waitUntil(d -> d.findElements(TABLE_ROWS).size() == 1 && d.findElement(TABLE).getText().contains(chart));
        assertTrue(b.text(TABLE).contains("Zoë Đặng-Nguyễn"), b.text(TABLE));

        // the name in the table opens the record
        b.clickAndWaitForReplacement(By.linkText("Zoë Đặng-Nguyễn"), By.id("pageTitle"));
        assertEquals(chart, b.text(By.id("chartNumber")));

        // administration is closed to front desk: the friendly 403 page, no stack trace
        b.get("admin/staff.xhtml");
        b.waitForText(By.id("errorTitle"), "Not allowed");
        assertNoStackTrace(b);
        assertTrue(b.text(By.id("errorText")).contains("does not give access"), b.text(By.id("errorText")));
        b.screenshot("staff-403");

        // sign out from any screen
        b.get("clients/list.xhtml");
        b.signOut();
        b.waitForUrl("login.xhtml");
        assertEquals("You have signed out.", b.text(By.id("login:signedOut")));
        b.get("clients/list.xhtml");
        b.waitForUrl("login.xhtml"); // the session really ended
    }

    @Test
    void markupTypedIntoANameIsShownAsTextAndNeverRuns() {
        Browser b = browser("markup");
        b.get("login.xhtml").signIn("frontdesk");
        String markup = "<b>bold</b><script>window.pwned=1</script>";
        String last = "Markup" + uniqueLetters();
        registerClient(b, "Quentin", last, randomBirthDate(), "preferredName", markup,
                "pronouns", "<img src=x onerror=\"window.pwned=2\">");

        assertAll("record page",
                () -> assertEquals(markup, b.text(By.id("preferredName"))),
                () -> assertEquals(markup + " (Quentin) " + last, b.text(By.id("pageTitle"))),
                () -> assertTrue(b.driver().findElements(By.cssSelector("#preferredName b, #preferredName script"))
                        .isEmpty(), "no elements made from the typed markup"),
                () -> assertTrue(b.driver().findElements(By.cssSelector("#pronouns img")).isEmpty()),
                () -> assertEquals("undefined", b.script("return typeof window.pwned")));
        b.screenshot("markup-record");

        b.menu("Clients");
        search(b, last);
        String row = rowWith(b, last);
        assertTrue(row.contains(markup + " (Quentin) " + last), row);
        assertTrue(b.driver().findElements(By.cssSelector("[id='clients:table_data'] b, [id='clients:table_data'] img"))
                .isEmpty(), "no elements made from the typed markup in the table");
        assertEquals("undefined", b.script("return typeof window.pwned"));

        // and the edit form gives the text back unchanged
        b.clickAndWaitForReplacement(By.partialLinkText(last), By.id("pageTitle"));
        b.clickAndWaitForReplacement(By.id("edit"), By.id("pageTitle"));
        assertEquals(markup, b.value(By.id("client:preferredName")));
        assertEquals("undefined", b.script("return typeof window.pwned"));
    }

    @Test
    void badInputGetsAClearMessageAndNothingIsSaved() {
        Browser b = browser("badinput");
        b.get("login.xhtml").signIn("frontdesk");

        // nothing typed at all
        long before = countAllClients();
        b.menu("New client");
        b.clickAndWaitForReplacement(CLIENT_SAVE, CLIENT_MESSAGES);
        String messages = b.waitForText(CLIENT_MESSAGES, "Legal first name is required");
        assertTrue(messages.contains("Legal last name is required"), messages);
        assertTrue(b.url().contains("clients/edit.xhtml"), b.url());
        assertEquals(before, countAllClients(), "nothing saved");
        b.screenshot("required-names");

        // an email that is not one
        String last = "Mailless" + uniqueLetters();
        fill(b, Map.of("legalFirstName", "Ivo", "legalLastName", last, "email", "not-an-email"));
        b.clickAndWaitForReplacement(CLIENT_SAVE, CLIENT_MESSAGES);
        b.waitForText(CLIENT_MESSAGES, "Email is not a valid address");
        assertFalse(b.text(CLIENT_MESSAGES).contains("Legal first name is required"), b.text(CLIENT_MESSAGES));
        assertEquals("not-an-email", b.value(By.id("client:email")), "what was typed stays on screen");
        assertEquals(0, countClientsNamed(last), "nothing saved");

        // a date of birth in the future
        fill(b, Map.of("email", "ivo@example.org", "dateOfBirth", LocalDate.now().plusYears(1).toString()));
        b.clickAndWaitForReplacement(CLIENT_SAVE, CLIENT_MESSAGES);
        b.waitForText(CLIENT_MESSAGES, "Date of birth must be in the past");
        assertEquals(0, countClientsNamed(last), "nothing saved");

        // the same legal name and date of birth as someone registered: a warning naming them
        String twin = "Twin" + uniqueLetters();
        LocalDate dob = randomBirthDate();
        String firstChart = registerClient(b, "Robin", twin, dob, "phone", "07700 900555");
        fillNewClient(b, Map.of("legalFirstName", "Robin", "legalLastName", twin, "dateOfBirth", dob.toString(),
                "phone", "07700 900556"));
        b.clickAndWaitForReplacement(CLIENT_SAVE, CLIENT_MESSAGES);
        String warning = b.waitForText(CLIENT_MESSAGES, "already registered");
        assertTrue(warning.contains(firstChart), "the warning names " + firstChart + ": " + warning);
        WebElement anyway = b.waitFor(CLIENT_SAVE_ANYWAY);
        assertEquals("This is a different person: save anyway", anyway.getText().strip());
        assertEquals(1, countClientsNamed(twin), "the second one is not saved before confirming");
        b.script("window.scrollTo(0, 0)");
        b.screenshot("duplicate-warning");

        String secondChart = saveAndExpectRecord(b, CLIENT_SAVE_ANYWAY);
        assertNotEquals(firstChart, secondChart);
        assertEquals("07700 900556", b.text(By.id("phone")));
        assertEquals(2, countClientsNamed(twin), "saved after confirming");
    }

    /** Two people edit the same record: the later save is refused, the earlier one stays. */
    @Test
    void aSaveOverSomeoneElsesNewerSaveIsRefused() {
        Browser first = browser("editor1");
        Browser second = browser("editor2");
        first.get("login.xhtml").signIn("frontdesk");
        second.get("login.xhtml").signIn("frontdesk"); // a second desk: only front desk edits any client
        String last = "Locking" + uniqueLetters();
        registerClient(first, "Lee", last, randomBirthDate(), "phone", "07700 900200");
        long id = clientIdShown(first);

        first.get("clients/edit.xhtml?id=" + id);
        second.get("clients/edit.xhtml?id=" + id);
        first.waitForText(By.id("pageTitle"), "Edit client");
        second.waitForText(By.id("pageTitle"), "Edit client");
        assertEquals("07700 900200", second.value(By.id("client:phone")));

        first.type(By.id("client:phone"), "07700 900201");
        saveAndExpectRecord(first, CLIENT_SAVE);
        assertEquals("07700 900201", first.text(By.id("phone")));
        assertTrue(first.text(By.id("messages")).contains("saved"), first.text(By.id("messages")));

        second.type(By.id("client:phone"), "07700 900202");
        second.clickAndWaitForReplacement(CLIENT_SAVE, CLIENT_MESSAGES);
        String message = second.waitForText(CLIENT_MESSAGES, "changed by someone else");
        assertTrue(message.contains("Nothing was saved"), message);
        assertTrue(second.url().contains("clients/edit.xhtml"), second.url());
        assertEquals("07700 900202", second.value(By.id("client:phone")), "what was typed stays on screen");
        second.screenshot("stale-save");

        assertEquals("07700 900201", storedPhone(id), "the first editor's save is kept");
        second.get("clients/view.xhtml?id=" + id);
        assertEquals("07700 900201", second.text(By.id("phone")));
    }

    @Test
    void aHostileIdInTheAddressShowsTheNotFoundPage() {
        Browser b = browser("ids");
        b.get("login.xhtml").signIn("frontdesk");
        for (String id : List.of("abc", "999999999", "-1", "0", "1%27%20OR%20%271%27%3D%271",
                "%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E", "99999999999999999999")) {
            for (String page : List.of("clients/view.xhtml", "clients/edit.xhtml")) {
                b.get(page + "?id=" + id);
                b.waitForText(By.id("errorTitle"), "Not found");
                assertNoStackTrace(b);
                assertEquals("undefined", b.script("return typeof window.pwned"), page + " id=" + id);
            }
        }
        b.screenshot("not-found");
        // the home link leads back into the application
        b.clickAndWaitForReplacement(By.id("home"), By.id("errorTitle"));
        b.waitFor(By.id("currentUser"));
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Types into the list's search box and waits for the table the AJAX update brings back. */
    private static void search(Browser b, String text) {
        WebElement table = b.find(TABLE);
        b.type(By.id("clients:search"), text);
        b.waitUntilGone(table);
        b.find(TABLE);
    }

    /** The text of the table row that contains {@code text}, waiting for it to appear. */
    private static String rowWith(Browser b, String text) {
        b.waitForText(TABLE, text);
        return b.waitUntil(d -> d.findElements(TABLE_ROWS).stream().map(WebElement::getText)
                .filter(t -> t.contains(text)).findFirst().orElse(null));
    }

    /** What a person sees on the page (not the page's scripts) names no exception and no code. */
    static void assertNoStackTrace(Browser b) {
        String seen = b.bodyText() + "\n" + b.driver().getTitle();
        for (String sign : List.of("Exception", "exception", "at org.", "at jakarta.", "at java.", "Caused by",
                "Stack", "stack trace", ".java:", "Payara", "GlassFish")) {
            assertFalse(seen.contains(sign), "the page shows \"" + sign + "\": " + seen);
        }
    }
}
