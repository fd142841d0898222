package org.tenfold.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.tenfold.privacy.NotMemberRecord;

/** One block of a counsellor's week, in the clinic's wall-clock time; a day may have several. */
@NotMemberRecord("a counsellor's working hours")
@Entity
@Table(name = "working_hours")
@NamedQuery(name = "WorkingHours.ofStaff",
        query = "SELECT w FROM WorkingHours w WHERE w.staffId = :staffId ORDER BY w.dayOfWeek, w.startTime")
@NamedQuery(name = "WorkingHours.deleteOfStaff", query = "DELETE FROM WorkingHours w WHERE w.staffId = :staffId")
public class WorkingHours {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected WorkingHours() {
    }

    public WorkingHours(Long staffId, DayOfWeek day, LocalTime start, LocalTime end) {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("Working hours must end after they start");
        }
        this.staffId = staffId;
        this.dayOfWeek = day.getValue();
        this.startTime = start;
        this.endTime = end;
    }

    /** True when the stretch from..to on this block's day lies inside it. */
    public boolean covers(DayOfWeek day, LocalTime from, LocalTime to) {
        return day.getValue() == dayOfWeek && !from.isBefore(startTime) && !to.isAfter(endTime);
    }

    public Long getId() { return id; }
    public Long getStaffId() { return staffId; }
    public DayOfWeek getDayOfWeek() { return DayOfWeek.of(dayOfWeek); }
    public LocalTime getStartTime() { return startTime; }
    public LocalTime getEndTime() { return endTime; }
}
