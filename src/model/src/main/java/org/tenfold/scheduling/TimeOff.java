package org.tenfold.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tenfold.privacy.NotMemberRecord;

/** A stretch in which a counsellor takes no appointments (leave, training). */
@NotMemberRecord("a counsellor's time off")
@Entity
@Table(name = "time_off")
@NamedQuery(name = "TimeOff.overlapping", query = """
        SELECT t FROM TimeOff t WHERE t.staffId = :staffId AND t.startsAt < :end AND t.endsAt > :start
        ORDER BY t.startsAt""")
@NamedQuery(name = "TimeOff.endingAfter", query = """
        SELECT t FROM TimeOff t WHERE t.staffId = :staffId AND t.endsAt > :after ORDER BY t.startsAt""")
public class TimeOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 200)
    private String reason;

    protected TimeOff() {
    }

    public TimeOff(Long staffId, TimeSlot when, String reason) {
        this.staffId = staffId;
        this.startsAt = when.start();
        this.endsAt = when.end();
        this.reason = reason;
    }

    public Long getId() { return id; }
    public Long getStaffId() { return staffId; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public TimeSlot slot() { return new TimeSlot(startsAt, endsAt); }
    public String getReason() { return reason; }
}
