package org.tenfold.progress;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.tenfold.platform.BusinessException;
import org.tenfold.reminder.ReminderWorker;

/** Sends one message with one PDF attached through the domain's mail session, to one address. */
@ApplicationScoped
public class ReportMail {

    public void send(String to, String senderName, String subject, String body, String fileName, byte[] pdf) {
        try {
            Session session = InitialContext.doLookup(ReminderWorker.MAIL_SESSION);
            MimeMessage m = new MimeMessage(session);
            String from = session.getProperty("mail.from");
            m.setFrom(from == null || from.isBlank() ? InternetAddress.getLocalAddress(session)
                    : new InternetAddress(from, senderName, StandardCharsets.UTF_8.name()));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            m.setSubject(subject, StandardCharsets.UTF_8.name());
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
            file.setFileName(fileName);
            MimeMultipart parts = new MimeMultipart();
            parts.addBodyPart(text);
            parts.addBodyPart(file);
            m.setContent(parts);
            m.setHeader("Auto-Submitted", "auto-generated");
            m.setSentDate(new java.util.Date());
            Transport.send(m);
        } catch (NamingException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT,
                    "Email is not set up on this server; download the report instead.");
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "The email could not be sent: " + e.getMessage());
        }
    }
}
