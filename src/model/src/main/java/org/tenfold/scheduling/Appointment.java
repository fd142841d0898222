package org.tenfold.scheduling;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.tenfold.care.CareCase;
import org.tenfold.client.Client;
import org.tenfold.privacy.NotMemberRecord;
import org.tenfold.staff.Staff;

/**
 * An appointment: a counsellor, a room or a video link, the client or couple it is for, a time.
 * Never edited into an overlap: the scheduling service checks under row locks before it saves.
 */
@NotMemberRecord("who attends when, which front desk books and sees; what was said is in the session's note")
@Entity
@Table(name = "appointment")
@NamedQuery(name = "Appointment.findOfCounsellorBetween", query = "SELECT DISTINCT a FROM Appointment a"
        + " LEFT JOIN FETCH a.room LEFT JOIN FETCH a.clients WHERE a.counsellor = :counsellor"
        + " AND a.startsAt < :to AND a.endsAt > :from ORDER BY a.startsAt, a.id")
public class Appointment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counsellor_id", nullable = false)
    private Staff counsellor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id")
    private Room room;

    @Column(name = "video_link", length = 500)
    private String videoLink;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "appointment_client", joinColumns = @JoinColumn(name = "appointment_id"),
            inverseJoinColumns = @JoinColumn(name = "client_id"))
    private Set<Client> clients = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "series_id")
    private AppointmentSeries series;

    /** The series' id as stored, read without loading the series (the calendar only asks whether there is one). */
    @Column(name = "series_id", insertable = false, updatable = false)
    private Long seriesId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private CareCase careCase;

    /** The case's id as stored, read without loading the case (the calendar and the API only name it). */
    @Column(name = "case_id", insertable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentType type;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @Column(name = "cancelled_by", length = 64)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    /** Practical notes only (parking, a wheelchair): never clinical content. */
    @Column(name = "front_desk_note", length = 1000)
    private String frontDeskNote;

    /** Why an administrator booked outside working hours or during time off. */
    @Column(name = "override_reason", length = 500)
    private String overrideReason;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Appointment() {
    }

    public Appointment(Staff counsellor, Room room, String videoLink, Set<Client> clients, AppointmentType type,
            TimeSlot when, String frontDeskNote, String overrideReason, String createdBy, Instant now) {
        if (room == null && (videoLink == null || videoLink.isBlank())) {
            throw new IllegalArgumentException("An appointment needs a room or a video link");
        }
        if (clients == null || clients.isEmpty()) {
            throw new IllegalArgumentException("An appointment is for at least one client");
        }
        this.counsellor = Objects.requireNonNull(counsellor);
        this.room = room;
        this.videoLink = room == null ? videoLink.strip() : null;
        this.clients.addAll(clients);
        this.type = Objects.requireNonNull(type);
        this.startsAt = when.start();
        this.endsAt = when.end();
        this.frontDeskNote = frontDeskNote;
        this.overrideReason = overrideReason;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Frees the slot. A late cancel is counted as such (the clinic's policy may charge it). */
    public void cancel(String reason, boolean late, String by, Instant at) {
        if (!status.holdsSlot()) {
            throw new IllegalStateException("This appointment is already cancelled");
        }
        if (status == AppointmentStatus.COMPLETED) {
            throw new IllegalStateException("A completed appointment cannot be cancelled");
        }
        this.status = late ? AppointmentStatus.LATE_CANCEL : AppointmentStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    /** A new time and place; the caller has checked them under the same locks as a booking. */
    public void moveTo(TimeSlot when, Room newRoom, String newVideoLink) {
        if (!status.holdsSlot() || status == AppointmentStatus.COMPLETED) {
            throw new IllegalStateException("Only a booked appointment can be moved");
        }
        if (newRoom == null && (newVideoLink == null || newVideoLink.isBlank())) {
            throw new IllegalArgumentException("An appointment needs a room or a video link");
        }
        this.startsAt = when.start();
        this.endsAt = when.end();
        this.room = newRoom;
        this.videoLink = newRoom == null ? newVideoLink.strip() : null;
    }

    /** The client has arrived. */
    public void checkIn() {
        requireStatus(AppointmentStatus.BOOKED, "Only a booked appointment can be checked in");
        status = AppointmentStatus.CHECKED_IN;
    }

    /** The client did not come. */
    public void markNoShow() {
        requireStatus(AppointmentStatus.BOOKED, "Only a booked appointment can be marked as a no-show");
        status = AppointmentStatus.NO_SHOW;
    }

    /** The session took place. */
    public void complete() {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CHECKED_IN) {
            throw new IllegalStateException("Only a booked or checked-in appointment can be completed");
        }
        status = AppointmentStatus.COMPLETED;
    }

    private void requireStatus(AppointmentStatus expected, String message) {
        if (status != expected) {
            throw new IllegalStateException(message);
        }
    }

    /** Makes this appointment one occurrence of a series. */
    public void joinSeries(AppointmentSeries newSeries) {
        this.series = newSeries;
        this.seriesId = newSeries.getId();
    }

    /**
     * Books this appointment for a case. Every client of the appointment must be a member of it; the
     * scheduling service checks that the case is open under its locks.
     */
    public void forCase(CareCase c) {
        if (!c.clientIds().containsAll(clients.stream().map(Client::getId).toList())) {
            throw new IllegalArgumentException("Every client of an appointment for a case is a member of the case");
        }
        this.careCase = c;
        this.caseId = c.getId();
    }

    /** The case it was booked for, or null (an intake, a first contact). */
    public Long getCaseId() {
        return caseId;
    }

    /** Whether this occurrence belongs to a series; for appointments read back, without loading the series. */
    public boolean isInSeries() {
        return seriesId != null;
    }

    public AppointmentSeries getSeries() {
        return series;
    }

    /**
     * The series' id, or null: read back from the column, so a page of appointments never loads their
     * series one by one; for an occurrence joined before its series was written, from the series.
     */
    public Long getSeriesId() {
        if (seriesId != null) {
            return seriesId;
        }
        return series == null ? null : series.getId();
    }

    public TimeSlot slot() {
        return new TimeSlot(startsAt, endsAt);
    }

    public Long getId() { return id; }
    public Staff getCounsellor() { return counsellor; }
    public Room getRoom() { return room; }
    public String getVideoLink() { return videoLink; }
    public Set<Client> getClients() { return Collections.unmodifiableSet(clients); }
    public AppointmentType getType() { return type; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public AppointmentStatus getStatus() { return status; }
    public String getCancelReason() { return cancelReason; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getFrontDeskNote() { return frontDeskNote; }
    public String getOverrideReason() { return overrideReason; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
