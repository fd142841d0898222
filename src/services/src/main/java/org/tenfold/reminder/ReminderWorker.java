package org.tenfold.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;

/**
 * The dispatcher's steps, each in its own transaction: claim due rows (committed before anything
 * is sent, so no other server can take them), then write and send one message and mark it sent,
 * or record why it failed.
 */
@ApplicationScoped
public class ReminderWorker {

    /** The domain's Jakarta Mail session (config/domain.asadmin). */
    public static final String MAIL_SESSION = "mail/tenfold";
    /** Who the audit trail names as sender. */
    static final String ACTOR = "reminders";
    static final int MAX_ATTEMPTS = 5;

    /** Nothing went out: safe to try again. */
    public static class NotSentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotSentException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What became of one claimed row. */
    public enum Outcome { SENT, SKIPPED }

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    @Inject
    AuditTrail audit;

    /** Marks up to {@code limit} due rows as this claim's, and returns their ids. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> claim(String token, int limit) {
        LocalDateTime now = utc(Instant.now());
        em.createNativeQuery("UPDATE appointment_reminder SET status = 'CLAIMED', claim_token = ?1, claimed_at = ?2"
                + " WHERE status = 'PENDING' AND due_at <= ?2 ORDER BY due_at, id LIMIT ?3")
                .setParameter(1, token).setParameter(2, now).setParameter(3, limit).executeUpdate();
        List<?> ids = em.createNativeQuery("SELECT id FROM appointment_reminder WHERE claim_token = ?1 AND status = "
                + "'CLAIMED' ORDER BY id").setParameter(1, token).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * Writes the message from the appointment as it is now and sends it, or skips it when it is no
     * longer wanted or allowed. A failure to send throws (nothing of this transaction is kept) and
     * the row stays claimed until {@link #failed} says what next.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome deliver(long id, String token) {
        AppointmentReminder r = em.find(AppointmentReminder.class, id);
        if (r == null || r.getStatus() != ReminderStatus.CLAIMED || !token.equals(r.getClaimToken())) {
            throw new IllegalStateException("Reminder " + id + " is not claimed by " + token);
        }
        Appointment a = em.find(Appointment.class, r.getAppointmentId());
        Client client = em.find(Client.class, r.getClientId());
        try {
            ReminderSettings settings = ReminderSettings.of(clinic.all());
            String skip = reasonToSkip(r, a, client, settings);
            if (skip != null) {
                finish(id, token, ReminderStatus.SKIPPED, skip);
                return Outcome.SKIPPED;
            }
            String firstName = client.getPreferredName() != null ? client.getPreferredName()
                    : client.getLegalFirstName();
            String counsellor = a.getCounsellor().getDisplayName().strip().split("\\s+")[0];
            Occasion occasion = new Occasion(a.getStartsAt(), clinic.zone(),
                    a.getRoom() == null ? null : a.getRoom().getName(), a.getVideoLink(), counsellor);
            Letter letter = ReminderLetters.write(r.getKind(), firstName, client.getLegalLastName(), occasion,
                    settings.initialsOnly());
            send(client.getEmail().strip(), settings.senderName(), letter);
        } catch (RuntimeException e) {
            throw e instanceof NotSentException n ? n : new NotSentException(e.toString(), e);
        }
        // sent: from here on a failure leaves the row claimed, never to be sent twice
        finish(id, token, ReminderStatus.SENT, null);
        audit.recordAs(ACTOR, null, AuditAction.REMINDER_SENT, AuditOutcome.SUCCESS, "Appointment", a.getId(),
                client.getId(), r.getKind().name());
        return Outcome.SENT;
    }

    /**
     * Sending failed: tried again later (after 1, 4, 9, 16 minutes), given up after
     * {@value #MAX_ATTEMPTS} attempts.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean failed(long id, String token, String error) {
        String note = error == null ? "sending failed" : error.length() > 480 ? error.substring(0, 480) : error;
        int attempts = 1 + ((Number) em.createNativeQuery("SELECT attempts FROM appointment_reminder WHERE id = ?1")
                .setParameter(1, id).getSingleResult()).intValue();
        boolean givenUp = attempts >= MAX_ATTEMPTS;
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE appointment_reminder SET status = ?1, attempts = ?2, note = ?3, due_at = ?4,"
                + " claim_token = NULL, claimed_at = NULL, failed_at = IF(?1 = 'FAILED', ?7, NULL)"
                + " WHERE id = ?5 AND claim_token = ?6 AND status = 'CLAIMED'")
                .setParameter(1, givenUp ? "FAILED" : "PENDING").setParameter(2, attempts).setParameter(3, note)
                .setParameter(4, utc(now.plus(Duration.ofMinutes((long) attempts * attempts))))
                .setParameter(5, id).setParameter(6, token).setParameter(7, utc(now)).executeUpdate();
        return givenUp;
    }

    private static String reasonToSkip(AppointmentReminder r, Appointment a, Client client, ReminderSettings settings) {
        if (!settings.enabled()) {
            return "reminders are turned off";
        }
        if (a == null || client == null) {
            return "appointment or client no longer exists";
        }
        boolean cancelled = !a.getStatus().holdsSlot();
        if (r.getKind() == ReminderKind.CANCELLED ? !cancelled : a.getStatus() != AppointmentStatus.BOOKED) {
            return "appointment is " + a.getStatus().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (r.getKind() != ReminderKind.CANCELLED && !a.getStartsAt().isAfter(Instant.now())) {
            return "appointment has started";
        }
        if (!client.isConsentEmail()) {
            return "no consent to email";
        }
        if (client.getEmail() == null || client.getEmail().isBlank()) {
            return "no email address";
        }
        return null;
    }

    private void finish(long id, String token, ReminderStatus status, String note) {
        var update = status == ReminderStatus.SENT
                ? em.createNativeQuery("UPDATE appointment_reminder SET status = 'SENT', sent_at = ?1"
                        + " WHERE id = ?2 AND claim_token = ?3 AND status = 'CLAIMED'").setParameter(1, utc(Instant.now()))
                : em.createNativeQuery("UPDATE appointment_reminder SET status = 'SKIPPED', note = ?1"
                        + " WHERE id = ?2 AND claim_token = ?3 AND status = 'CLAIMED'").setParameter(1, note);
        if (update.setParameter(2, id).setParameter(3, token).executeUpdate() != 1) {
            throw new IllegalStateException("Reminder " + id + " was no longer claimed by " + token);
        }
    }

    /** One message to one address: partners never see each other's address. */
    private static void send(String to, String senderName, Letter letter) {
        try {
            Session session = InitialContext.doLookup(MAIL_SESSION);
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
            throw new NotSentException("The mail session " + MAIL_SESSION + " is not configured on this server", e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new NotSentException("Sending failed: " + e.getMessage(), e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
