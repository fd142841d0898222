package org.tenfold.plan.records;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A milestone (step 7): a dated achievement worth celebrating, of one member or of the couple
 * ({@code clientId} null). Shown to clients in progress reports unless the counsellor hides it.
 */
@MemberRecord(owner = "clientId: whose achievement it is; none is the couple's")
@Entity
@Table(name = "milestone")
@NamedQuery(name = "Milestone.findByCase",
        query = "SELECT m FROM Milestone m WHERE m.caseId = :caseId ORDER BY m.achievedOn, m.id")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "client_id")
    private Long clientId;

    @Column(name = "achieved_on", nullable = false)
    private LocalDate achievedOn;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "visible_to_client", nullable = false)
    private boolean visibleToClient;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Milestone() {
    }

    public Milestone(long caseId, Long clientId, LocalDate achievedOn, String description, boolean visibleToClient,
            String by, Instant now) {
        this.caseId = caseId;
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(now);
        change(clientId, achievedOn, description, visibleToClient, by, now);
    }

    public void change(Long clientId, LocalDate achievedOn, String description, boolean visibleToClient, String by,
            Instant now) {
        this.clientId = clientId;
        this.achievedOn = Objects.requireNonNull(achievedOn);
        this.description = Objects.requireNonNull(description);
        this.visibleToClient = visibleToClient;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getClientId() { return clientId; }
    public LocalDate getAchievedOn() { return achievedOn; }
    public String getDescription() { return description; }
    public boolean isVisibleToClient() { return visibleToClient; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
