package org.tenfold.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.tenfold.privacy.NotMemberRecord;

/**
 * A weekly or fortnightly series. Its occurrences are computed in the clinic's wall-clock time, so a
 * 17:00 session stays at 17:00 when the clocks change; each occurrence is then its own appointment.
 */
@NotMemberRecord("a weekly or fortnightly series of appointments")
@Entity
@Table(name = "appointment_series")
public class AppointmentSeries {

    /** The longest series the clinic books at once. */
    public static final int MAX_OCCURRENCES = 52;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Recurrence recurrence;

    @Column(name = "local_start_time", nullable = false)
    private LocalTime localStartTime;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppointmentSeries() {
    }

    public AppointmentSeries(Recurrence recurrence, LocalTime localStartTime, ZoneId zone, String createdBy,
            Instant createdAt) {
        this.recurrence = recurrence;
        this.localStartTime = localStartTime;
        this.timeZone = zone.getId();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * The slots of a series starting on {@code firstDay}: {@code count} of them, or as many as fit up
     * to {@code until} (inclusive), never more than {@link #MAX_OCCURRENCES}.
     */
    public static List<TimeSlot> occurrences(LocalDate firstDay, LocalTime start, Duration length, ZoneId zone,
            Recurrence recurrence, Integer count, LocalDate until) {
        if ((count == null) == (until == null)) {
            throw new IllegalArgumentException("Give either a number of sessions or an end date");
        }
        if (until != null && until.isBefore(firstDay)) {
            throw new IllegalArgumentException("The series would end before its first session");
        }
        if (count != null && (count < 1 || count > MAX_OCCURRENCES)) {
            throw new IllegalArgumentException("A series has 1 to " + MAX_OCCURRENCES + " sessions");
        }
        List<TimeSlot> slots = new ArrayList<>();
        for (LocalDate day = firstDay; count != null ? slots.size() < count : !day.isAfter(until);
                day = day.plusWeeks(recurrence.weeks())) {
            if (slots.size() == MAX_OCCURRENCES) {
                throw new IllegalArgumentException("A series has at most " + MAX_OCCURRENCES + " sessions");
            }
            Instant begin = ZonedDateTime.of(day, start, zone).toInstant();
            slots.add(TimeSlot.of(begin, length));
        }
        return slots;
    }

    public Long getId() { return id; }
    public Recurrence getRecurrence() { return recurrence; }
    public LocalTime getLocalStartTime() { return localStartTime; }
    public ZoneId getZone() { return ZoneId.of(timeZone); }
}
