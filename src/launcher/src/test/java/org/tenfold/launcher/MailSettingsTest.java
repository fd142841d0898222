package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void withoutAHostTheRunCommandCatchesMailItself() {
        MailSettings dev = MailSettings.fromEnvironment(Map.of());
        assertFalse(dev.external());
        assertEquals("false", dev.placeholders().get("SMTP_AUTH"));
    }

    @Test
    void aProductionServerNeedsASenderAndKeepsThePasswordOutOfTheDomainConfiguration() {
        assertThrows(IllegalArgumentException.class, () -> MailSettings.fromEnvironment(Map.of("TENFOLD_SMTP_HOST",
                "smtp.example.org")));
        MailSettings prod = MailSettings.fromEnvironment(Map.of("TENFOLD_SMTP_HOST", "smtp.example.org",
                "TENFOLD_SMTP_FROM", "desk@example.org", "TENFOLD_SMTP_USER", "desk", "TENFOLD_SMTP_PASSWORD", "s3cret"));
        assertTrue(prod.external() && prod.auth() && prod.startTls());
        assertEquals("587", prod.placeholders().get("SMTP_PORT"));
        assertFalse(prod.placeholders().containsValue("s3cret"), "the password is never a placeholder value");
        assertFalse(prod.toString().contains("s3cret"));
    }

    @Test
    void theDevelopmentServerCatchesAndPrintsEachMessage() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DevMailServer server = DevMailServer.start();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Properties p = new Properties();
            p.put("mail.smtp.host", "127.0.0.1");
            p.put("mail.smtp.port", String.valueOf(server.port()));
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress("appointments@localhost"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("alex.demoulin@example.org"));
            m.setSubject("Appointment reminder");
            m.setText("Dear Alex,");
            Transport.send(m);
            long deadline = System.currentTimeMillis() + 10_000;
            while (!printed.toString(StandardCharsets.UTF_8).contains("Mail caught")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
        } finally {
            System.setOut(console);
            server.stop();
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8)
                .contains("Mail caught: to alex.demoulin@example.org, \"Appointment reminder\""), printed.toString());
    }
}
