package org.tenfold.measure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * A questionnaire assigned to one member of a case, on a schedule: once, before every appointment (a set number
 * of hours before it), or every N weeks. While ACTIVE it makes the member's due questionnaires; it stops when a
 * counsellor stops it, when its case closes, or (once only) when its questionnaire is made.
 */
@MemberRecord(owner = "clientId: the member who is asked to answer")
@Entity
@Table(name = "measure_assignment")
@NamedQuery(name = "MeasureAssignment.findOfCase",
        query = "SELECT a FROM MeasureAssignment a WHERE a.caseId = :caseId ORDER BY a.createdAt DESC, a.id DESC")
@NamedQuery(name = "MeasureAssignment.findOfClient",
        query = "SELECT a FROM MeasureAssignment a WHERE a.clientId = :clientId ORDER BY a.createdAt DESC, a.id DESC")
@NamedQuery(name = "MeasureAssignment.findActive",
        query = "SELECT a FROM MeasureAssignment a WHERE a.status = org.tenfold.measure.AssignmentStatus.ACTIVE"
                + " ORDER BY a.id")
public class MeasureAssignment {

    public static final int NOTE_MAX = 1000;
    public static final int MAX_LEAD_HOURS = 168;
    public static final int MAX_INTERVAL_WEEKS = 52;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "instrument_code", nullable = false, updatable = false, length = 40)
    private String instrumentCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false, updatable = false, length = 20)
    private Schedule schedule;

    @Column(name = "lead_hours", updatable = false)
    private Integer leadHours;

    @Column(name = "interval_weeks", updatable = false)
    private Integer intervalWeeks;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private Delivery delivery;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    /** The address the counsellor reached Tenfold at, for links sent when nobody is signed in. */
    @Column(name = "link_base", length = 300, updatable = false)
    private String linkBase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentStatus status = AssignmentStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "stop_reason", length = 12)
    private StopReason stopReason;

    @Column(name = "stopped_by", length = 64)
    private String stoppedBy;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MeasureAssignment() {
    }

    public MeasureAssignment(long caseId, long clientId, String instrumentCode, Schedule schedule, Integer leadHours,
            Integer intervalWeeks, LocalDate startsOn, Delivery delivery, String note, String linkBase, String by,
            Instant now) {
        String problem = scheduleProblem(schedule, leadHours, intervalWeeks);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.caseId = caseId;
        this.clientId = clientId;
        this.instrumentCode = Objects.requireNonNull(instrumentCode);
        this.schedule = schedule;
        this.leadHours = schedule == Schedule.BEFORE_APPOINTMENT ? leadHours : null;
        this.intervalWeeks = schedule == Schedule.EVERY_N_WEEKS ? intervalWeeks : null;
        this.startsOn = Objects.requireNonNull(startsOn);
        this.delivery = Objects.requireNonNull(delivery);
        this.note = note;
        this.linkBase = linkBase;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** Why this schedule is incomplete, or null when it is whole. */
    public static String scheduleProblem(Schedule schedule, Integer leadHours, Integer intervalWeeks) {
        if (schedule == null) {
            return "Choose when it is due: ONCE, BEFORE_APPOINTMENT or EVERY_N_WEEKS.";
        }
        if (schedule == Schedule.BEFORE_APPOINTMENT && (leadHours == null || leadHours < 1
                || leadHours > MAX_LEAD_HOURS)) {
            return "Say how many hours before each appointment it is sent (1 to " + MAX_LEAD_HOURS + ").";
        }
        if (schedule == Schedule.EVERY_N_WEEKS && (intervalWeeks == null || intervalWeeks < 1
                || intervalWeeks > MAX_INTERVAL_WEEKS)) {
            return "Say every how many weeks it is due (1 to " + MAX_INTERVAL_WEEKS + ").";
        }
        return null;
    }

    public void stop(StopReason reason, String by, Instant now) {
        if (status == AssignmentStatus.STOPPED) {
            throw new IllegalStateException("This assignment has stopped already.");
        }
        status = AssignmentStatus.STOPPED;
        stopReason = Objects.requireNonNull(reason);
        stoppedBy = Objects.requireNonNull(by);
        stoppedAt = Objects.requireNonNull(now);
    }

    public boolean isActive() {
        return status == AssignmentStatus.ACTIVE;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getClientId() { return clientId; }
    public String getInstrumentCode() { return instrumentCode; }
    public Schedule getSchedule() { return schedule; }
    public Integer getLeadHours() { return leadHours; }
    public Integer getIntervalWeeks() { return intervalWeeks; }
    public LocalDate getStartsOn() { return startsOn; }
    public Delivery getDelivery() { return delivery; }
    public String getNote() { return note; }
    public String getLinkBase() { return linkBase; }
    public AssignmentStatus getStatus() { return status; }
    public StopReason getStopReason() { return stopReason; }
    public String getStoppedBy() { return stoppedBy; }
    public Instant getStoppedAt() { return stoppedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
