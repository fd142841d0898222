package org.tenfold.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.tenfold.client.Client;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.scheduling.Appointment;

/**
 * Keeps the planned messages in step with the appointments, inside the transaction that changes
 * the appointment: if the change rolls back, so does the plan. A reminder is planned for every
 * attendee; consent, address and the clinic's settings are looked at when it is due, so a consent
 * given or withdrawn later still counts. The rows of one appointment are read under a row lock, so
 * a server claiming one of them waits, or is waited for, and nothing is decided on a stale read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderPlanner {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ClinicProfile clinic;

    /** New appointments: one reminder per attendee, the lead time before (or now, when that has passed). */
    public void booked(Collection<Appointment> appointments) {
        Duration lead = settings().lead();
        Instant now = Instant.now();
        for (Appointment a : appointments) {
            if (a.getStartsAt().isAfter(now)) {
                for (Client c : a.getClients()) {
                    em.persist(new AppointmentReminder(a.getId(), c.getId(), ReminderKind.REMINDER, 1,
                            dueAt(a.getStartsAt(), lead, now), now));
                }
            }
        }
    }

    /**
     * A new time or place. A reminder not yet out is re-timed (it will show the new time); an
     * attendee who already had one gets a short notice now, and a fresh reminder when the new time
     * is further away than the lead time.
     */
    public void moved(Appointment a) {
        Duration lead = settings().lead();
        Instant now = Instant.now();
        List<AppointmentReminder> rows = lockedRows(a);
        for (AppointmentReminder r : rows) {
            if (r.isPending() && r.getKind() != ReminderKind.CANCELLED) {
                r.retime(r.getKind() == ReminderKind.REMINDER ? dueAt(a.getStartsAt(), lead, now) : now);
            }
        }
        if (!a.getStartsAt().isAfter(now)) {
            return;
        }
        for (Client c : a.getClients()) {
            List<AppointmentReminder> mine = rows.stream().filter(r -> r.getClientId().equals(c.getId())).toList();
            boolean told = mine.stream().anyMatch(r -> r.getKind() != ReminderKind.CANCELLED && r.isOut());
            boolean reminderWaiting = mine.stream().anyMatch(pending(ReminderKind.REMINDER));
            if (told && mine.stream().noneMatch(pending(ReminderKind.MOVED))) {
                add(a, c, ReminderKind.MOVED, now, mine, now);
            }
            Instant due = a.getStartsAt().minus(lead);
            if (!reminderWaiting && (!told || due.isAfter(now))) {
                add(a, c, ReminderKind.REMINDER, dueAt(a.getStartsAt(), lead, now), mine, now);
            }
        }
    }

    /** Cancelled: nothing more is sent about it, except a short notice to whoever was reminded. */
    public void cancelled(Appointment a) {
        Instant now = Instant.now();
        List<AppointmentReminder> rows = lockedRows(a);
        for (AppointmentReminder r : rows) {
            if (r.isPending()) {
                r.withdraw(ReminderStatus.CANCELLED, "appointment cancelled");
            }
        }
        for (Client c : a.getClients()) {
            List<AppointmentReminder> mine = rows.stream().filter(r -> r.getClientId().equals(c.getId())).toList();
            boolean told = mine.stream().anyMatch(r -> r.getKind() != ReminderKind.CANCELLED && r.isOut());
            if (told && mine.stream().noneMatch(r -> r.getKind() == ReminderKind.CANCELLED)) {
                add(a, c, ReminderKind.CANCELLED, now, mine, now);
            }
        }
    }

    /** Checked in, no-show or completed: whatever is still waiting is no longer wanted. */
    public void settled(Appointment a) {
        for (AppointmentReminder r : lockedRows(a)) {
            if (r.isPending()) {
                r.withdraw(ReminderStatus.SKIPPED, "appointment " + a.getStatus().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /** The lead time changed: every reminder still waiting is re-timed to it. */
    public int retimeAll(Duration lead) {
        return em.createNativeQuery("UPDATE appointment_reminder r JOIN appointment a ON a.id = r.appointment_id"
                + " SET r.due_at = GREATEST(?1, a.starts_at - INTERVAL ?2 HOUR)"
                + " WHERE r.status = 'PENDING' AND r.kind = 'REMINDER'")
                .setParameter(1, java.time.LocalDateTime.ofInstant(Instant.now(), java.time.ZoneOffset.UTC))
                .setParameter(2, lead.toHours()).executeUpdate();
    }

    private List<AppointmentReminder> lockedRows(Appointment a) {
        return em.createNamedQuery("AppointmentReminder.ofAppointment", AppointmentReminder.class)
                .setParameter("appointmentId", a.getId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private void add(Appointment a, Client c, ReminderKind kind, Instant due, List<AppointmentReminder> mine,
            Instant now) {
        int seq = 1 + mine.stream().filter(r -> r.getKind() == kind).mapToInt(AppointmentReminder::getSeq).max()
                .orElse(0);
        em.persist(new AppointmentReminder(a.getId(), c.getId(), kind, seq, due, now));
    }

    private static Predicate<AppointmentReminder> pending(ReminderKind kind) {
        return r -> r.getKind() == kind && r.isPending();
    }

    private static Instant dueAt(Instant start, Duration lead, Instant now) {
        Instant due = start.minus(lead);
        return due.isBefore(now) ? now : due;
    }

    private ReminderSettings settings() {
        return ReminderSettings.of(clinic.all());
    }
}
