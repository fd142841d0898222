package org.tenfold.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * One email to one attendee about one appointment. Holds no content: the message is written at
 * send time from the appointment as it then is. Changed only under a row lock (the planner) or by a
 * conditional update (the dispatcher's claim), never by optimistic merge.
 */
@NotMemberRecord("a discreet appointment reminder to one attendee")
@Entity
@Table(name = "appointment_reminder")
@NamedQuery(name = "AppointmentReminder.ofAppointment",
        query = "SELECT r FROM AppointmentReminder r WHERE r.appointmentId = :appointmentId ORDER BY r.id")
public class AppointmentReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private Long appointmentId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReminderKind kind;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderStatus status = ReminderStatus.PENDING;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    /** When sending was given up (status FAILED). */
    @Column(name = "failed_at")
    private Instant failedAt;

    /** Why it was skipped, cancelled or failed; never message content. */
    @Column(length = 500)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected AppointmentReminder() {
    }

    public AppointmentReminder(long appointmentId, long clientId, ReminderKind kind, int seq, Instant dueAt,
            Instant now) {
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
        this.appointmentId = appointmentId;
        this.clientId = clientId;
        this.kind = Objects.requireNonNull(kind);
        this.seq = seq;
        this.dueAt = Objects.requireNonNull(dueAt);
        this.createdAt = now;
    }

    public boolean isPending() {
        return status == ReminderStatus.PENDING;
    }

    /**
     * Sent, taken by a server that is sending it now, or handled by an administrator who told the
     * attendee another way: either way the attendee has (or will have) it.
     */
    public boolean isOut() {
        return status == ReminderStatus.CLAIMED || status == ReminderStatus.SENT || status == ReminderStatus.HANDLED;
    }

    /** A pending message now due at another time (the appointment moved); its failures start afresh. */
    public void retime(Instant newDueAt) {
        requirePending();
        dueAt = Objects.requireNonNull(newDueAt);
        attempts = 0;
    }

    /** A pending message that is no longer wanted. */
    public void withdraw(ReminderStatus why, String reason) {
        requirePending();
        if (why != ReminderStatus.CANCELLED && why != ReminderStatus.SKIPPED) {
            throw new IllegalArgumentException("A pending message is cancelled or skipped, not " + why);
        }
        status = why;
        note = reason;
    }

    private void requirePending() {
        if (status != ReminderStatus.PENDING) {
            throw new IllegalStateException("Only a pending message can change, this one is " + status);
        }
    }

    public Long getId() { return id; }
    public Long getAppointmentId() { return appointmentId; }
    public Long getClientId() { return clientId; }
    public ReminderKind getKind() { return kind; }
    public int getSeq() { return seq; }
    public Instant getDueAt() { return dueAt; }
    public ReminderStatus getStatus() { return status; }
    public String getClaimToken() { return claimToken; }
    public Instant getClaimedAt() { return claimedAt; }
    public Instant getSentAt() { return sentAt; }
    public int getAttempts() { return attempts; }
    public Instant getFailedAt() { return failedAt; }
    public String getNote() { return note; }
    public Instant getCreatedAt() { return createdAt; }
}
