package org.tenfold.it.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.screens.Browser;

/**
 * The second factor on screen: a new administrator sets it up at the first sign-in (QR code, first code,
 * ten recovery codes shown once), each recovery code and each code works once, an administrator resets it;
 * a remembered device skips the second step while the clinic allows it; too many attempts say how long to wait.
 */
@ExtendWith(ArquillianExtension.class)
class SecondFactorScreenIT {

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewAdministratorSetsItUpAndEachCodeWorksOnce() {
        String username = SecondFactorIT.newStaff("ADMIN");
        browser = Browser.open("mfa-enrol");
        Browser b = browser.get("login.xhtml");
        b.type(By.id("login:username"), username);
        b.type(By.id("login:password"), SecondFactorIT.PASSWORD);
        b.find(By.id("login:signIn")).click();
        WebElement qr = b.waitFor(By.id("qr"));
        assertTrue(qr.getAttribute("src").startsWith("data:image/png;base64,"), "a QR code to scan");
        String secret = b.text(By.id("secret")).replace(" ", "");
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals(null, TestServer.queryOne("SELECT totp_secret FROM staff WHERE username = ?", username),
                "nothing is stored before the first code proves the app has it");

        b.type(By.id("code:first"), "000000".equals(TestServer.totp(secret)) ? "111111" : "000000");
        b.find(By.id("code:confirm")).click();
        b.waitForText(By.id("code:messages"), "That code is not right");

        long step = System.currentTimeMillis() / 1000 / 30;
        b.type(By.id("code:first"), codeAt(secret, step));
        b.find(By.id("code:confirm")).click();
        List<String> codes = b.waitUntil(d -> {
            List<WebElement> items = d.findElements(By.cssSelector("#recoveryCodes li"));
            return items.size() == 10 ? items.stream().map(e -> e.getText().strip()).toList() : null;
        });
        assertEquals(10, codes.stream().distinct().count(), codes.toString());
        b.find(By.id("code:continue")).click();
        b.waitFor(By.id("currentUser"));

        assertEquals(secret, TestServer.queryOne("SELECT totp_secret FROM staff WHERE username = ?", username));
        assertEquals(10L, SecondFactorIT.count("SELECT COUNT(*) FROM staff_recovery_code r JOIN staff s ON s.id = r.staff_id"
                + " WHERE s.username = ? AND r.used_at IS NULL", username));
        assertEquals(0L, SecondFactorIT.count("SELECT COUNT(*) FROM staff_recovery_code WHERE code_hash = ?",
                codes.get(0)), "only hashes are stored");
        assertEquals(1L, SecondFactorIT.count("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = 'MFA_ENROL'",
                username));

        // a code is accepted once: the one used to set it up is spent; the next step's code works, once
        assertEquals(401, SecondFactorIT.token(username, SecondFactorIT.PASSWORD, codeAt(secret, step)).status());
        assertEquals(200, SecondFactorIT.token(username, SecondFactorIT.PASSWORD, codeAt(secret, step + 1)).status());
        assertEquals(401, SecondFactorIT.token(username, SecondFactorIT.PASSWORD, codeAt(secret, step + 1)).status(),
                "a replayed code is refused");

        // a recovery code works once
        assertEquals(200, SecondFactorIT.token(username, SecondFactorIT.PASSWORD, codes.get(3)).status());
        assertEquals(401, SecondFactorIT.token(username, SecondFactorIT.PASSWORD, codes.get(3)).status());
        assertEquals(1L, SecondFactorIT.count("SELECT COUNT(*) FROM audit_event WHERE actor = ?"
                + " AND action = 'MFA_RECOVERY_CODE_USED'", username));

        // reset by another administrator: the next sign-in sets it up again
        Api admin = Api.as("admin");
        long id = ((Number) TestServer.queryOne("SELECT id FROM staff WHERE username = ?", username)).longValue();
        Api.Reply reset = admin.post("api/staff/" + id + "/second-factor/reset", "");
        assertEquals(200, reset.status(), reset.toString());
        assertFalse(reset.json().getBoolean("secondFactor"));
        assertEquals(0L, SecondFactorIT.count("SELECT COUNT(*) FROM staff_recovery_code WHERE staff_id = ?", id));
        assertEquals(1L, SecondFactorIT.count("SELECT COUNT(*) FROM audit_event WHERE actor = 'admin'"
                + " AND action = 'MFA_RESET' AND entity_id = ?", String.valueOf(id)));
        Api.Reply after = SecondFactorIT.token(username, SecondFactorIT.PASSWORD, codeAt(secret, step + 1));
        assertEquals(403, after.status(), after.toString());
    }

    @Test
    void aRememberedDeviceSkipsTheSecondStepWhileTheClinicAllowsIt() {
        Api admin = Api.as("admin");
        assertEquals(200, admin.put("api/settings/sign-in", "{\"secondFactorForEveryone\":false,\"rememberDeviceDays\":30}",
                null).status());
        try {
            browser = Browser.open("mfa-remember");
            Browser b = browser.get("login.xhtml");
            passwordStep(b, "supervisor");
            b.type(By.id("code:code"), TestServer.demoCode());
            b.find(By.id("code:remember")).click();
            b.find(By.id("code:verify")).click();
            b.waitFor(By.id("currentUser"));
            b.signOut();

            passwordStep(b, "supervisor");
            b.waitFor(By.id("currentUser"));
            assertFalse(b.url().contains("login-code"), "no second step on a remembered device");
            b.signOut();

            assertEquals(200, admin.put("api/settings/sign-in", "{\"secondFactorForEveryone\":false,"
                    + "\"rememberDeviceDays\":0}", null).status());
            passwordStep(b, "supervisor");
            b.waitFor(By.id("code:code"));
        } finally {
            admin.put("api/settings/sign-in", "{\"secondFactorForEveryone\":false,\"rememberDeviceDays\":0}", null);
        }
    }

    @Test
    void tooManyAttemptsSayHowLongToWait() {
        String username = "nobody-screen-" + System.nanoTime();
        for (int i = 1; i <= 6; i++) {
            assertEquals(401, Proxied.postJson("198.19.0." + i, "api/auth/token", "{\"username\":\"" + username
                    + "\",\"password\":\"wrong\"}").status());
        }
        browser = Browser.open("throttled");
        Browser b = browser.get("login.xhtml");
        b.type(By.id("login:username"), username);
        b.type(By.id("login:password"), "wrong again");
        b.find(By.id("login:signIn")).click();
        String shown = b.waitForText(By.id("login:messages"), "Too many sign-in attempts");
        assertTrue(shown.matches("(?s).*Wait \\d+ s, then try again.*"), shown);
    }

    private static void passwordStep(Browser b, String username) {
        if (!b.url().contains("login.xhtml")) {
            b.get("login.xhtml");
        }
        b.type(By.id("login:username"), username);
        b.type(By.id("login:password"), TestServer.DEMO_PASSWORD);
        WebElement button = b.find(By.id("login:signIn"));
        button.click();
        b.waitUntilGone(button);
    }

    private static String codeAt(String secret, long step) {
        return TestServer.totpAt(secret, step);
    }
}
