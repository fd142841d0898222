package org.tenfold.reminder;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.persistence.InstantConverter;
import org.tenfold.platform.BusinessException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.Appointment;
import org.tenfold.scheduling.AppointmentStatus;
import org.tenfold.staff.Roles;

/**
 * The reminders that need an administrator: claimed by a server longer ago than
 * {@link #UNCONFIRMED_AFTER} and never marked sent (the server stopped between sending and marking
 * it, so the client may or may not have it), and those that could not be sent at all. An
 * administrator sends one again (it goes back in the queue) or marks it handled (they phoned the
 * client). Each action changes the row only if it is still in the state that made it listed, by one
 * conditional update, so a row that a server marked sent meanwhile is never sent twice. Names,
 * addresses and times only: never the message text, never anything clinical.
 */
@Stateless
public class ReminderAttentionService {

    /**
     * How long a claimed message may stay unmarked before it counts as possibly not sent. A dispatch
     * pass sends a claimed batch within seconds; the mail session's timeouts bound a slow one to
     * minutes, so a claim older than this belongs to a server that stopped.
     */
    public static final Duration UNCONFIRMED_AFTER = Duration.ofMinutes(15);
    /** At most this many are listed, newest first; the total is counted apart. */
    public static final int MAX_LISTED = 200;

    private static final String ENTITY = "AppointmentReminder";
    private static final InstantConverter UTC = new InstantConverter();
    private static final String NEEDS_ATTENTION = "(r.status = 'FAILED' OR (r.status = 'CLAIMED'"
            + " AND r.claimed_at < ?1))";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** The newest {@value #MAX_LISTED} that need attention, and how many there are. */
    @RolesAllowed(Roles.ADMIN)
    public ReminderAttention.Listing list() {
        LocalDateTime cutoff = cutoff();
        List<?> rows = em.createNativeQuery("SELECT r.id, r.kind, r.status, r.appointment_id, a.starts_at, r.client_id,"
                + " c.legal_first_name, c.preferred_name, c.legal_last_name, c.email, r.claimed_at, r.failed_at,"
                + " r.attempts, r.note FROM appointment_reminder r JOIN appointment a ON a.id = r.appointment_id"
                + " JOIN client c ON c.id = r.client_id WHERE " + NEEDS_ATTENTION
                + " ORDER BY COALESCE(r.claimed_at, r.failed_at, r.created_at) DESC, r.id DESC LIMIT ?2")
                .setParameter(1, cutoff).setParameter(2, MAX_LISTED).getResultList();
        List<ReminderAttention.Item> items = rows.stream().map(o -> item((Object[]) o)).toList();
        long total = items.size() < MAX_LISTED ? items.size() : count(cutoff);
        return new ReminderAttention.Listing(items, total);
    }

    /** How many need attention (the home page's count). */
    @RolesAllowed(Roles.ADMIN)
    public long count() {
        return count(cutoff());
    }

    /**
     * Puts the message back in the queue: the next dispatch pass writes it afresh from the appointment
     * as it is and sends it (its failed attempts start again). Refused when the appointment has started
     * or is no longer booked (a cancellation notice: when the cancelled appointment's time has passed),
     * and when the row is no longer in need (a server marked it sent meanwhile, or someone else acted).
     */
    @RolesAllowed(Roles.ADMIN)
    public void sendAgain(long id) {
        AppointmentReminder r = needing(id);
        Appointment a = em.find(Appointment.class, r.getAppointmentId());
        String refusal = reasonNotToResend(r, a, Instant.now());
        if (refusal != null) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, refusal);
        }
        int changed = updateIfUnchanged(r, "status = 'PENDING', claim_token = NULL, claimed_at = NULL,"
                + " failed_at = NULL, attempts = 0, due_at = ?2, note = ?3", utc(Instant.now()),
                "sent again by " + caller());
        if (changed != 1) {
            throw alreadyChanged(id);
        }
        audit.record(AuditAction.REMINDER_RESEND, AuditOutcome.SUCCESS, ENTITY, id, r.getClientId(),
                detail(r));
    }

    /** Settles the message by other means (the administrator phoned the client): it is not sent, nor listed again. */
    @RolesAllowed(Roles.ADMIN)
    public void markHandled(long id) {
        AppointmentReminder r = needing(id);
        String note = "handled by " + caller() + " (was " + trouble(r).description()
                + (r.getNote() == null ? "" : ": " + r.getNote()) + ")";
        int changed = updateIfUnchanged(r, "status = 'HANDLED', claim_token = NULL, note = ?2",
                note.length() > 500 ? note.substring(0, 499) + "…" : note);
        if (changed != 1) {
            throw alreadyChanged(id);
        }
        audit.record(AuditAction.REMINDER_HANDLED, AuditOutcome.SUCCESS, ENTITY, id, r.getClientId(), detail(r));
    }

    /** Why a message may not go out again, or null when it may. */
    static String reasonNotToResend(AppointmentReminder r, Appointment a, Instant now) {
        if (a == null) {
            return "The appointment no longer exists, so this message is not sent again. Mark it as handled.";
        }
        if (!a.getStartsAt().isAfter(now)) {
            return "The appointment has already begun, so this message is not sent again. Mark it as handled.";
        }
        if (r.getKind() == ReminderKind.CANCELLED) {
            // a cancellation notice is wanted as long as the cancelled appointment lies ahead
            return null;
        }
        if (!a.getStatus().holdsSlot()) {
            return "The appointment was cancelled, so this " + kindWord(r.getKind())
                    + " is not sent again. Mark it as handled.";
        }
        if (a.getStatus() != AppointmentStatus.BOOKED) {
            return "The appointment is " + a.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ", so this " + kindWord(r.getKind()) + " is not sent again. Mark it as handled.";
        }
        return null;
    }

    /** The row, if it still needs attention; otherwise not found or "already changed". */
    private AppointmentReminder needing(long id) {
        AppointmentReminder r = em.find(AppointmentReminder.class, id);
        if (r == null) {
            throw new NotFoundException("Reminder", id);
        }
        if (trouble(r) == null) {
            throw alreadyChanged(id, r.getStatus());
        }
        return r;
    }

    /**
     * Changes the row only if it is still as it was read: the same status and, for a claimed one, the
     * same claim, still old enough. {@code set} takes its values as ?2, ?3, …
     */
    private int updateIfUnchanged(AppointmentReminder r, String set, Object... values) {
        boolean failed = r.getStatus() == ReminderStatus.FAILED;
        int token = values.length + 2;
        var update = em.createNativeQuery("UPDATE appointment_reminder SET " + set + " WHERE id = ?1 AND "
                + (failed ? "status = 'FAILED'"
                        : "status = 'CLAIMED' AND claim_token = ?" + token + " AND claimed_at < ?" + (token + 1)))
                .setParameter(1, r.getId());
        for (int i = 0; i < values.length; i++) {
            update.setParameter(i + 2, values[i]);
        }
        if (!failed) {
            update.setParameter(token, r.getClaimToken()).setParameter(token + 1, cutoff());
        }
        return update.executeUpdate();
    }

    private ReminderTrouble trouble(AppointmentReminder r) {
        if (r.getStatus() == ReminderStatus.FAILED) {
            return ReminderTrouble.COULD_NOT_BE_SENT;
        }
        if (r.getStatus() == ReminderStatus.CLAIMED && r.getClaimedAt() != null
                && r.getClaimedAt().isBefore(Instant.now().minus(UNCONFIRMED_AFTER))) {
            return ReminderTrouble.MAY_NOT_HAVE_BEEN_SENT;
        }
        return null;
    }

    private BusinessException alreadyChanged(long id) {
        AppointmentReminder now = em.find(AppointmentReminder.class, id);
        em.refresh(now);
        return alreadyChanged(id, now.getStatus());
    }

    private static BusinessException alreadyChanged(long id, ReminderStatus status) {
        String state = switch (status) {
            case SENT -> "it has been sent";
            case PENDING -> "it is waiting to be sent";
            case CLAIMED -> "a server is sending it now";
            case HANDLED -> "it was marked as handled";
            case CANCELLED -> "it was withdrawn";
            case SKIPPED -> "it was skipped";
            case FAILED -> "it could not be sent";
        };
        return new BusinessException(BusinessException.Kind.CONFLICT, "Reminder " + id
                + " was already changed: " + state + ". Nothing was done; reload the list.");
    }

    private long count(LocalDateTime cutoff) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appointment_reminder r WHERE " + NEEDS_ATTENTION)
                .setParameter(1, cutoff).getSingleResult()).longValue();
    }

    private static ReminderAttention.Item item(Object[] row) {
        ReminderStatus status = ReminderStatus.valueOf((String) row[2]);
        String first = (String) row[6];
        String preferred = (String) row[7];
        String name = (preferred != null && !preferred.equals(first) ? preferred + " (" + first + ")" : first)
                + " " + row[8];
        String email = row[9] == null || ((String) row[9]).isBlank() ? null : ((String) row[9]).strip();
        boolean failed = status == ReminderStatus.FAILED;
        return new ReminderAttention.Item(((Number) row[0]).longValue(), ReminderKind.valueOf((String) row[1]),
                failed ? ReminderTrouble.COULD_NOT_BE_SENT : ReminderTrouble.MAY_NOT_HAVE_BEEN_SENT,
                ((Number) row[3]).longValue(), instant(row[4]), ((Number) row[5]).longValue(), name, email,
                instant(failed ? row[11] : row[10]), ((Number) row[12]).intValue(),
                failed ? (String) row[13] : null);
    }

    private static String detail(AppointmentReminder r) {
        return r.getKind().name() + ", appointment " + r.getAppointmentId() + ", was " + r.getStatus().name();
    }

    private static String kindWord(ReminderKind kind) {
        return switch (kind) {
            case REMINDER -> "reminder";
            case MOVED -> "notice of the new time";
            case CANCELLED -> "cancellation notice";
        };
    }

    private LocalDateTime cutoff() {
        return utc(Instant.now().minus(UNCONFIRMED_AFTER));
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static LocalDateTime utc(Instant instant) {
        return UTC.convertToDatabaseColumn(instant);
    }

    /** A DATETIME from a native query: LocalDateTime from Connector/J, Timestamp from older drivers. */
    private static Instant instant(Object value) {
        return value == null ? null : UTC.convertToEntityAttribute(value instanceof java.sql.Timestamp t
                ? t.toLocalDateTime() : (LocalDateTime) value);
    }
}
