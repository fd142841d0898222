package org.tenfold.it.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
import org.tenfold.it.api.ClientData;

/**
 * An administrator finds a reminder that may not have been sent (claimed half an hour ago by a
 * server that never marked it sent) from the home page's count, sees it listed with the client's
 * name and address, and marks it as handled; front desk never sees the page.
 */
@ExtendWith(ArquillianExtension.class)
class ReminderAttentionScreenIT extends ScreenTest {

    private static final By MESSAGES = By.id("attention:messages");
    private static final By ITEMS = By.id("attention:items");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void anAdministratorMarksAReminderThatMayNotHaveBeenSentAsHandled() throws Exception {
        Api admin = ClientData.signedIn("admin");
        String last = capitalised(uniqueLetters());
        String email = last.toLowerCase(Locale.ROOT) + "@example.org";
        JsonObject client = ClientData.create(ClientData.signedIn("frontdesk"), ClientData.client("Quinn", last)
                .add("email", email).add("consentEmail", true).add("status", "ACTIVE"));
        long clientId = client.getJsonNumber("id").longValue();
        String username = ClientData.uniqueWord("scr").toLowerCase(Locale.ROOT);
        Api.Reply staff = admin.post("api/staff", Json.createObjectBuilder().add("username", username)
                .add("displayName", "Sky Screens").add("roles", Json.createArrayBuilder().add("COUNSELLOR"))
                .add("password", "attention-screen-" + username).build().toString());
        assertEquals(201, staff.status(), staff.toString());
        // a random week at least 60 years ahead: no other test's booking is near
        Instant start = TestDays.freshWeekday().atTime(11, 0).toInstant(ZoneOffset.UTC);
        Api.Reply booked = admin.post("api/appointments", Json.createObjectBuilder()
                .add("counsellorId", staff.json().getJsonNumber("id").longValue())
                .add("clientIds", Json.createArrayBuilder().add(clientId)).add("type", "INDIVIDUAL")
                .add("start", start.toString()).add("videoLink", "https://meet.example.org/s/" + uniqueLetters())
                .add("overrideReason", "Screen test: the counsellor keeps no hours").build().toString());
        assertEquals(201, booked.status(), booked.toString());
        long id = Long.parseLong(ClientData.text("SELECT id FROM appointment_reminder WHERE appointment_id = ?"
                + " AND client_id = ? AND kind = 'REMINDER'", booked.json().getJsonNumber("id").longValue(), clientId));
        try (Connection db = TestServer.database(); PreparedStatement s = db.prepareStatement("UPDATE"
                + " appointment_reminder SET status = 'CLAIMED', claim_token = ?, claimed_at = UTC_TIMESTAMP(6)"
                + " - INTERVAL 30 MINUTE, due_at = UTC_TIMESTAMP(6) - INTERVAL 31 MINUTE WHERE id = ?")) {
            s.setString(1, UUID.randomUUID().toString());
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }

        Browser b = browser("admin");
        b.get("login.xhtml").signIn("admin");
        String count = b.waitForText(By.id("reminderAttentionCount"), "need");
        assertTrue(count.matches("\\d+ reminders? needs? attention\\."), count);
        assertTrue(b.menuLabels().contains("Reminders"), "an administrator's menu: " + b.menuLabels());
        b.find(By.id("goReminders")).click();
        b.waitForText(By.id("pageTitle"), "Reminders that need attention");
        WebElement row = row(b, last);
        String shown = row.getText();
        assertTrue(shown.contains("May not have been sent"), shown);
        assertTrue(shown.contains("Reminder"), shown);
        assertTrue(shown.contains("Quinn " + last), shown);
        assertTrue(shown.contains(email), shown);
        b.screenshot("reminders-attention");

        WebElement messages = b.find(MESSAGES);
        row.findElement(By.cssSelector("button[id$=':handled']")).click();
        b.waitUntil(ExpectedConditions.elementToBeClickable(By.id("attention:confirmYes"))).click();
        b.waitUntilGone(messages);
        b.waitForText(MESSAGES, "to Quinn " + last + " is marked as handled");
        assertFalse(b.text(ITEMS).contains(last), "no longer listed");
        assertEquals("HANDLED", ClientData.text("SELECT status FROM appointment_reminder WHERE id = ?", id));
        assertEquals(1, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'REMINDER_HANDLED'"
                + " AND entity_id = ? AND actor = 'admin'", String.valueOf(id)));
        b.screenshot("reminders-attention-handled");

        Browser desk = browser("frontdesk");
        desk.get("login.xhtml").signIn("frontdesk");
        assertFalse(desk.menuLabels().contains("Reminders"), "front desk's menu: " + desk.menuLabels());
        assertFalse(desk.isPresent(By.id("reminderAttention")), "no count on front desk's home page");
        desk.get("admin/reminders.xhtml");
        assertFalse(desk.bodyText().contains(last), "front desk never sees the list");
    }

    /** The table row that names the client. */
    private static WebElement row(Browser b, String lastName) {
        return b.waitUntil(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("[id='attention:items'] tbody tr"));
            return rows.stream().filter(r -> r.getText().contains(lastName)).findFirst().orElse(null);
        });
    }
}
