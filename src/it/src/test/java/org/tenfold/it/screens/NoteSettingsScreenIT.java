package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;

/** The administrator sets when a session note counts as missing: saved, audited, out-of-range input refused. */
@ExtendWith(ArquillianExtension.class)
class NoteSettingsScreenIT extends ScreenTest {

    private static final By MESSAGES = By.id("notes:messages");
    private static final By HOURS = By.id("notes:missingAfterHours");
    private static final By SAVE = By.id("notes:save");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anAdministratorChangesWhenANoteCountsAsMissing() throws Exception {
        Browser b = browser("note-settings");
        try {
            b.get("login.xhtml").signIn("admin");
            b.menu("Clinic settings");
            assertEquals("48", b.value(HOURS));

            typeOver(b, HOURS, "72");
            b.clickAndWaitForReplacement(SAVE, MESSAGES);
            b.waitForText(MESSAGES, "Session note settings saved.");
            assertEquals("72", stored());
            assertTrue(ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'SETTINGS_UPDATE' AND actor ="
                    + " 'admin' AND detail = 'notes missing after 72 h'") >= 1, "audited");

            for (String bad : new String[] {"0", "337", "two days"}) {
                typeOver(b, HOURS, bad);
                b.clickAndWaitForReplacement(SAVE, MESSAGES);
                b.waitForText(MESSAGES, "Give a whole number of hours from 1 to 336");
                assertEquals("72", stored(), "nothing saved for " + bad);
            }
            b.screenshot("note-settings");
        } finally {
            try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                    "UPDATE clinic_setting SET setting_value = '48' WHERE setting_key = 'NOTE_MISSING_AFTER_HOURS'")) {
                s.executeUpdate();
            }
        }
    }

    private static void typeOver(Browser b, By field, String text) {
        b.find(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    private static String stored() throws Exception {
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement(
                "SELECT setting_value FROM clinic_setting WHERE setting_key = 'NOTE_MISSING_AFTER_HOURS'");
                ResultSet r = s.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
