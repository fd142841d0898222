package org.tenfold.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.tenfold.platform.BusinessException;
import org.tenfold.reminder.ReminderWorker;

/**
 * The portal's emails: plain text to one address, sent by the portal's neutral name, with no clinic or clinical
 * word in the sender, subject or body (the words are {@link PortalLetters}'s), and never an attachment.
 */
@ApplicationScoped
public class PortalMail {

    public void send(String to, String senderName, PortalLetters.Letter letter) {
        try {
            Session session = InitialContext.doLookup(ReminderWorker.MAIL_SESSION);
            MimeMessage m = new MimeMessage(session);
            String from = session.getProperty("mail.from");
            m.setFrom(from == null || from.isBlank() ? InternetAddress.getLocalAddress(session)
                    : new InternetAddress(from, senderName, StandardCharsets.UTF_8.name()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            m.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            m.setText(letter.body(), StandardCharsets.UTF_8.name());
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setSentDate(new java.util.Date());
            Transport.send(m);
        } catch (NamingException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "Email is not set up on this server.");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "The email could not be sent: " + e.getMessage());
        }
    }
}
