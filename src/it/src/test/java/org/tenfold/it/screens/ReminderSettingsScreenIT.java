package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/** The administrator's reminder settings on the clinic settings screen: saved, audited, bad input refused. */
@ExtendWith(ArquillianExtension.class)
class ReminderSettingsScreenIT extends ScreenTest {

    private static final By MESSAGES = By.id("reminders:messages");
    private static final By LEAD_HOURS = By.id("reminders:leadHours_input");
    private static final By SENDER = By.id("reminders:senderName");
    private static final By INITIALS_BOX = By.cssSelector("[id='reminders:initialsOnly'] .ui-chkbox-box");
    private static final By SAVE = By.id("reminders:save");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anAdministratorChangesTheReminderSettings() throws Exception {
        Browser b = browser("reminders");
        try {
            b.get("login.xhtml").signIn("admin");
            b.menu("Clinic settings");
            assertEquals("24", b.value(LEAD_HOURS));
            assertEquals("Appointments", b.value(SENDER));

            typeOver(b, LEAD_HOURS, "36");
            b.type(SENDER, "Front office");
            b.find(INITIALS_BOX).click();
            b.clickAndWaitForReplacement(SAVE, MESSAGES);
            b.waitForText(MESSAGES, "Reminder settings saved.");
            assertEquals(Map.of("REMINDERS_ENABLED", "true", "REMINDER_INITIALS_ONLY", "true",
                    "REMINDER_LEAD_HOURS", "36", "REMINDER_SENDER_NAME", "Front office"), stored());
            assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SETTINGS_UPDATE' AND actor ="
                    + " 'admin' AND detail = 'reminders on, 36 h before, initials only'") >= 1, "audited");

            b.type(SENDER, "");
            b.clickAndWaitForReplacement(SAVE, MESSAGES);
            b.waitForText(MESSAGES, "The sender's name is required");
            assertEquals("Front office", stored().get("REMINDER_SENDER_NAME"), "nothing saved");
            b.screenshot("reminder-settings");
        } finally {
            Api.Reply r = ClientData.signedIn("admin").put("api/reminders/settings", Json.createObjectBuilder()
                    .add("enabled", true).add("leadHours", 24).add("initialsOnly", false)
                    .add("senderName", "Appointments").build().toString(), null);
            assertEquals(200, r.status(), r.toString());
        }
    }

    private static void typeOver(Browser b, By field, String text) {
        b.find(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static Map<String, String> stored() throws Exception {
        Map<String, String> values = new TreeMap<>();
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                "SELECT setting_key, setting_value FROM clinic_setting WHERE setting_key LIKE 'REMINDER%'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.put(r.getString(1), r.getString(2));
            }
        }
        return values;
    }
}
