package org.tenfold.plan.records;

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

/** A catalogue item assigned to one member of a case (step 8), with where they are with it. */
@MemberRecord(owner = "clientId: the member it is assigned to")
@Entity
@Table(name = "education_assignment")
@NamedQuery(name = "EducationAssignment.findByCase",
        query = "SELECT a FROM EducationAssignment a WHERE a.caseId = :caseId ORDER BY a.clientId, a.assignedOn, a.id")
public class EducationAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(name = "item_id", nullable = false, updatable = false)
    private Long itemId;

    @Column(name = "assigned_on", nullable = false, updatable = false)
    private LocalDate assignedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssignmentStatus status = AssignmentStatus.ASSIGNED;

    @Column(name = "status_changed_on", nullable = false)
    private LocalDate statusChangedOn;

    @Column(length = 1000)
    private String note;

    @Column(name = "assigned_by", nullable = false, length = 64, updatable = false)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected EducationAssignment() {
    }

    public EducationAssignment(long caseId, long clientId, long itemId, LocalDate assignedOn, String note, String by,
            Instant now) {
        this.caseId = caseId;
        this.clientId = clientId;
        this.itemId = itemId;
        this.assignedOn = Objects.requireNonNull(assignedOn);
        this.statusChangedOn = assignedOn;
        this.note = note;
        this.assignedBy = Objects.requireNonNull(by);
        this.assignedAt = Objects.requireNonNull(now);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** A new status (or the same one, with a new note); final statuses are not left. */
    public void change(AssignmentStatus to, String note, LocalDate today, String by, Instant now) {
        if (!status.canBecome(Objects.requireNonNull(to))) {
            throw new IllegalStateException("A " + status + " assignment cannot become " + to + ".");
        }
        if (to != status) {
            status = to;
            statusChangedOn = Objects.requireNonNull(today);
        }
        this.note = note;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getClientId() { return clientId; }
    public Long getItemId() { return itemId; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public AssignmentStatus getStatus() { return status; }
    public LocalDate getStatusChangedOn() { return statusChangedOn; }
    public String getNote() { return note; }
    public String getAssignedBy() { return assignedBy; }
    public Instant getAssignedAt() { return assignedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
