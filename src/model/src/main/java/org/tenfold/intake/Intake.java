package org.tenfold.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Map;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * A client's intake: DRAFT (saved and resumed, any part may be empty) → SUBMITTED (complete) →
 * REVIEWED (when a counsellor opens a case from it). Two people may edit it, hence the version.
 */
@MemberRecord(owner = "clientId: the client whose intake it is")
@Entity
@Table(name = "intake")
@NamedQuery(name = "Intake.findByClient", query = "SELECT i FROM Intake i WHERE i.clientId = :clientId")
public class Intake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IntakeStatus status = IntakeStatus.DRAFT;

    @Embedded
    private IntakeAnswers answers = new IntakeAnswers();

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "submitted_by", length = 64)
    private String submittedBy;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Version
    private long version;

    protected Intake() {
    }

    public Intake(long clientId, String by, Instant now) {
        this.clientId = clientId;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * Saves answers. A draft takes anything; once submitted, the answers must stay complete, so the
     * missing fields are returned (and nothing is changed) when they are not.
     */
    public Map<String, String> save(IntakeAnswers newAnswers, String by, Instant now) {
        IntakeAnswers n = newAnswers.normalized();
        if (status != IntakeStatus.DRAFT) {
            Map<String, String> missing = n.missingForSubmit();
            if (!missing.isEmpty()) {
                return missing;
            }
        }
        answers = n;
        updatedBy = by;
        updatedAt = now;
        return Map.of();
    }

    /** Submits a complete draft; returns what is missing (and stays a draft) otherwise. */
    public Map<String, String> submit(String by, Instant now) {
        if (status != IntakeStatus.DRAFT) {
            throw new IllegalStateException("This intake was submitted already.");
        }
        Map<String, String> missing = getAnswers().missingForSubmit();
        if (missing.isEmpty()) {
            status = IntakeStatus.SUBMITTED;
            submittedBy = by;
            submittedAt = now;
            updatedBy = by;
            updatedAt = now;
        }
        return missing;
    }

    /** Marks a submitted intake reviewed (a case was opened from it); a reviewed one stays as it is. */
    public void review(String by, Instant now) {
        if (status == IntakeStatus.DRAFT) {
            throw new IllegalStateException("A draft intake cannot be reviewed.");
        }
        if (status == IntakeStatus.SUBMITTED) {
            status = IntakeStatus.REVIEWED;
            reviewedBy = by;
            reviewedAt = now;
        }
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public IntakeStatus getStatus() { return status; }
    /** A copy of the answers (EclipseLink reads an all-empty embedded part as null). */
    public IntakeAnswers getAnswers() { return answers == null ? new IntakeAnswers() : answers.copy(); }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public long getVersion() { return version; }
}
