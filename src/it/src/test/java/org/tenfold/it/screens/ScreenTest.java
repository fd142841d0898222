package org.tenfold.it.screens;

import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.tenfold.it.TestServer;

/**
 * What the screen test classes share: browsers that are quit after each test (and photographed
 * first when the test failed), unique test data, and the client form filled the way a person does.
 */
abstract class ScreenTest {

    static final By CLIENT_SAVE = By.id("client:save");
    static final By CLIENT_SAVE_ANYWAY = By.id("client:saveAnyway");
    static final By CLIENT_MESSAGES = By.id("client:messages");

    private final List<Browser> browsers = new ArrayList<>();

    /** Runs before @AfterEach, while the browsers are still open. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent()) {
            for (Browser b : browsers) {
                System.err.println("[screens] " + context.getDisplayName() + " failed; screenshot: "
                        + b.screenshot(context.getRequiredTestMethod().getName() + "-FAILED"));
            }
        }
    };

    /** A new browser, quit after the test. */
    Browser browser(String name) {
        Browser b = Browser.open(getClass().getSimpleName() + "-" + name);
        browsers.add(b);
        return b;
    }

    @AfterEach
    void quitBrowsers() {
        RuntimeException first = null;
        for (Browser b : browsers) {
            try {
                b.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        browsers.clear();
        if (first != null) {
            throw first;
        }
    }

    // ---- test data --------------------------------------------------------------------------

    /** Letters only (names are searched by prefix), different on every call and every run. */
    static String uniqueLetters() {
        long n = System.currentTimeMillis() * 100 + ThreadLocalRandom.current().nextInt(100);
        StringBuilder b = new StringBuilder();
        while (n > 0) {
            b.append((char) ('a' + n % 26));
            n /= 26;
        }
        return b.toString();
    }

    /** A date of birth between 1940 and 2004, so that the duplicate check never trips by accident. */
    static LocalDate randomBirthDate() {
        return LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(365 * 64));
    }

    static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- the client form --------------------------------------------------------------------

    /** Opens "New client" from the menu and types the given fields (ids of client:…) into the form. */
    static void fillNewClient(Browser b, Map<String, String> fields) {
        b.menu("New client");
        b.waitForText(By.id("pageTitle"), "New client");
        fill(b, fields);
    }

    static void fill(Browser b, Map<String, String> fields) {
        for (Map.Entry<String, String> f : fields.entrySet()) {
            String id = f.getKey().equals("dateOfBirth") ? "client:dateOfBirth_input" : "client:" + f.getKey();
            b.type(By.id(id), f.getValue());
        }
    }

    /** Presses Save and waits for the client's record; returns its chart number. */
    static String saveAndExpectRecord(Browser b, By button) {
        b.find(button).click();
        b.waitForUrl("clients/view.xhtml");
        String chart = b.text(By.id("chartNumber"));
        assertTrue(chart.matches("C-\\d{6}"), "chart number shown on the record: " + chart);
        return chart;
    }

    /** Registers a client through the screen and returns its chart number. */
    static String registerClient(Browser b, String first, String last, LocalDate dob, String... more) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("legalFirstName", first);
        fields.put("legalLastName", last);
        fields.put("dateOfBirth", dob.toString());
        for (int i = 0; i + 1 < more.length; i += 2) {
            fields.put(more[i], more[i + 1]);
        }
        fillNewClient(b, fields);
        return saveAndExpectRecord(b, CLIENT_SAVE);
    }

    /** The id in the address of the client record the browser shows. */
    static long clientIdShown(Browser b) {
        String url = b.url();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    // ---- what was stored --------------------------------------------------------------------

    static long countClientsNamed(String lastName) {
        return count("SELECT COUNT(*) FROM client WHERE legal_last_name = ?", lastName);
    }

    static long countAllClients() {
        return count("SELECT COUNT(*) FROM client");
    }

    static String storedPhone(long clientId) {
        try (Connection c = TestServer.database();
                PreparedStatement s = c.prepareStatement("SELECT phone FROM client WHERE id = ?")) {
            s.setLong(1, clientId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(String sql, Object... params) {
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Picks an entry of a PrimeFaces select menu by its label. */
    static void choose(Browser b, String id, String label) {
        By shown = By.id(id + "_label");
        By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']");
        b.waitUntil(d -> {
            if (label.equals(d.findElement(shown).getText())) {
                return true;
            }
            List<WebElement> option = d.findElements(item);
            if (!option.isEmpty() && option.get(0).isDisplayed()) {
                option.get(0).click(); // the panel may still be sliding open: then the next poll tries again
            } else {
                d.findElement(By.id(id)).click();
            }
            return label.equals(d.findElement(shown).getText());
        });
    }
}
