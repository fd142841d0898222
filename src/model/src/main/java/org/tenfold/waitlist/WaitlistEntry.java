package org.tenfold.waitlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.tenfold.client.Client;
import org.tenfold.privacy.NotMemberRecord;
import org.tenfold.scheduling.AppointmentType;
import org.tenfold.staff.Staff;

/**
 * A client, or both partners of a couple, waiting for a slot: with a counsellor (or anyone), the type
 * of appointment (its default length is what must fit), the days of the week and the times of day
 * that suit them. Only practical, non-clinical text is kept here.
 */
@NotMemberRecord("front desk's waitlist, with a practical note in non-clinical words")
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry {

    /** One client, or the two partners of a couple. */
    public static final int MAX_CLIENTS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "waitlist_entry_client", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    private Set<Client> clients = new LinkedHashSet<>();

    /** Null: any counsellor will do. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counsellor_id")
    private Staff counsellor;

    /** The same column as {@link #counsellor}, read-only, so queries and matching need not load the staff row. */
    @Column(name = "counsellor_id", insertable = false, updatable = false)
    private Long counsellorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentType type;

    /** Bit {@code n-1} for ISO day {@code n}; 0 means any day. */
    @Column(name = "preferred_days", nullable = false)
    private int preferredDays;

    @Column(name = "earliest_time")
    private LocalTime earliest;

    @Column(name = "latest_time")
    private LocalTime latest;

    /** Practical notes only (best reached by phone after 17:00): never clinical content. */
    @Column(name = "front_desk_note", length = 1000)
    private String frontDeskNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WaitlistStatus status = WaitlistStatus.WAITING;

    @Column(name = "removed_reason", length = 500)
    private String removedReason;

    @Column(name = "removed_by", length = 64)
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "appointment_id")
    private Long appointmentId;

    @Column(name = "booked_by", length = 64)
    private String bookedBy;

    @Column(name = "booked_at")
    private Instant bookedAt;

    @Column(name = "added_by", nullable = false, length = 64, updatable = false)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Version
    private long version;

    protected WaitlistEntry() {
    }

    public WaitlistEntry(Set<Client> clients, Staff counsellor, AppointmentType type, Set<DayOfWeek> days,
            LocalTime earliest, LocalTime latest, String frontDeskNote, String addedBy, Instant now) {
        if (clients == null || clients.isEmpty() || clients.size() > MAX_CLIENTS) {
            throw new IllegalArgumentException("A waitlist entry is for one client or the two partners of a couple");
        }
        this.clients.addAll(clients);
        prefer(counsellor, type, days, earliest, latest, frontDeskNote);
        this.addedBy = Objects.requireNonNull(addedBy);
        this.addedAt = Objects.requireNonNull(now);
    }

    /**
     * Changes what suits the clients: counsellor (null: anyone), type, days, times and note. Only a
     * waiting entry changes; the clients and when they were added stay, so it keeps its place in the
     * queue.
     */
    public void change(Staff counsellor, AppointmentType type, Set<DayOfWeek> days, LocalTime earliest,
            LocalTime latest, String frontDeskNote) {
        requireWaiting();
        prefer(counsellor, type, days, earliest, latest, frontDeskNote);
    }

    private void prefer(Staff counsellor, AppointmentType type, Set<DayOfWeek> days, LocalTime earliest,
            LocalTime latest, String frontDeskNote) {
        if (earliest != null && latest != null && !earliest.isBefore(latest)) {
            throw new IllegalArgumentException("The earliest time must come before the latest");
        }
        this.counsellor = counsellor;
        this.counsellorId = counsellor == null ? null : counsellor.getId();
        this.type = Objects.requireNonNull(type);
        this.preferredDays = mask(days);
        this.earliest = earliest;
        this.latest = latest;
        this.frontDeskNote = frontDeskNote;
    }

    /**
     * Whether an appointment of this entry's type, starting at {@code start} with the given counsellor,
     * suits the entry and ends by {@code slotEnd}: the counsellor preferred (or anyone), a preferred day,
     * inside the preferred times, on one day, in the clinic's zone. Whether the clients are free is
     * for the caller to know.
     */
    public boolean fits(long counsellorId, Instant start, Instant slotEnd, ZoneId zone) {
        if (status != WaitlistStatus.WAITING || this.counsellorId != null && this.counsellorId != counsellorId) {
            return false;
        }
        Instant end = start.plus(length());
        if (end.isAfter(slotEnd)) {
            return false;
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        if (!getPreferredDays().isEmpty() && !getPreferredDays().contains(from.getDayOfWeek())) {
            return false;
        }
        boolean endsAtMidnight = to.toLocalTime().equals(LocalTime.MIDNIGHT)
                && to.toLocalDate().equals(from.toLocalDate().plusDays(1));
        if (!from.toLocalDate().equals(to.toLocalDate()) && !endsAtMidnight) {
            return false;
        }
        if (earliest != null && from.toLocalTime().isBefore(earliest)) {
            return false;
        }
        return latest == null || !endsAtMidnight && !to.toLocalTime().isAfter(latest);
    }

    /** How long the appointment this entry waits for lasts: its type's default length. */
    public Duration length() {
        return type.defaultLength();
    }

    /** Booked into this appointment; only a waiting entry can be. */
    public void markBooked(long appointment, String by, Instant at) {
        requireWaiting();
        this.status = WaitlistStatus.BOOKED;
        this.appointmentId = appointment;
        this.bookedBy = by;
        this.bookedAt = at;
    }

    /** Taken off the list, with the reason (found a place elsewhere, no longer interested). */
    public void remove(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a reason for taking the entry off the waitlist");
        }
        requireWaiting();
        this.status = WaitlistStatus.REMOVED;
        this.removedReason = reason.strip();
        this.removedBy = by;
        this.removedAt = at;
    }

    private void requireWaiting() {
        if (status != WaitlistStatus.WAITING) {
            throw new IllegalStateException("This waitlist entry is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + (appointmentId == null ? "" : " (appointment " + appointmentId + ")") + ", no longer waiting");
        }
    }

    static int mask(Set<DayOfWeek> days) {
        int m = 0;
        if (days != null) {
            for (DayOfWeek d : days) {
                m |= 1 << (d.getValue() - 1);
            }
        }
        return m;
    }

    /** The preferred days, Monday first; empty means any day. */
    public Set<DayOfWeek> getPreferredDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((preferredDays & 1 << (d.getValue() - 1)) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    public Long getId() { return id; }
    public Set<Client> getClients() { return Collections.unmodifiableSet(clients); }
    public Staff getCounsellor() { return counsellor; }
    public Long getCounsellorId() { return counsellorId; }
    public AppointmentType getType() { return type; }
    public LocalTime getEarliest() { return earliest; }
    public LocalTime getLatest() { return latest; }
    public String getFrontDeskNote() { return frontDeskNote; }
    public WaitlistStatus getStatus() { return status; }
    public String getRemovedReason() { return removedReason; }
    public String getRemovedBy() { return removedBy; }
    public Instant getRemovedAt() { return removedAt; }
    public Long getAppointmentId() { return appointmentId; }
    public String getBookedBy() { return bookedBy; }
    public Instant getBookedAt() { return bookedAt; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
    public long getVersion() { return version; }
}
