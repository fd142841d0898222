package org.tenfold.measure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.tenfold.reminder.ReminderWorker;

/**
 * The message that carries a questionnaire's one-time link: discreet by design. The sender name is a setting
 * ("Check-in"), and neither the subject nor the body names the clinic, counselling or anything the questions are
 * about; it says only that a few questions are waiting, until when the link works, and to ignore it if unexpected.
 */
@ApplicationScoped
public class MeasureMail {

    static final String SUBJECT = "A few questions for you";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** The message's text, for a client addressed by first name. */
    static String body(String firstName, String url, Instant expires, ZoneId zone) {
        return "Hello " + firstName + ",\n\n"
                + "A few short questions are waiting for you. Answering takes a few minutes, and each answer is kept"
                + " as you give it, so you can stop and come back with the same link:\n\n"
                + url + "\n\n"
                + "The link is for you alone and works until " + DAY.format(expires.atZone(zone)) + ".\n"
                + "If you were not expecting this message, you can ignore it.\n";
    }

    /** Sends it, or throws: nothing of the caller's transaction is kept then, and it is tried again later. */
    public void send(String to, String senderName, String body) {
        try {
            Session session = InitialContext.doLookup(ReminderWorker.MAIL_SESSION);
            MimeMessage m = new MimeMessage(session);
            String from = session.getProperty("mail.from");
            m.setFrom(from == null || from.isBlank() ? InternetAddress.getLocalAddress(session)
                    : new InternetAddress(from, senderName, StandardCharsets.UTF_8.name()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            m.setSubject(SUBJECT, StandardCharsets.UTF_8.name());
            m.setText(body, StandardCharsets.UTF_8.name());
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setSentDate(new java.util.Date());
            Transport.send(m);
        } catch (NamingException | MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("The questionnaire link could not be sent: " + e.getClass().getSimpleName(), e);
        }
    }
}
