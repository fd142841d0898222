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
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * One activity of a member's self-care plan (step 9): what, how often ("3x a week"), an optional
 * note, and whether it is part of the plan now (inactive ones stay for the record).
 */
@MemberRecord(owner = "clientId: the member whose activity it is")
@Entity
@Table(name = "self_care_activity")
@NamedQuery(name = "SelfCareActivity.findByCase",
        query = "SELECT a FROM SelfCareActivity a WHERE a.caseId = :caseId ORDER BY a.clientId, a.id")
public class SelfCareActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Column(nullable = false, length = 500)
    private String activity;

    @Column(nullable = false, length = 100)
    private String frequency;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SelfCareActivity() {
    }

    public SelfCareActivity(long caseId, long clientId, String activity, String frequency, String note, String by,
            Instant now) {
        this.caseId = caseId;
        this.clientId = clientId;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
        change(activity, frequency, note, true, by, now);
    }

    public void change(String activity, String frequency, String note, boolean active, String by, Instant now) {
        this.activity = Objects.requireNonNull(activity);
        this.frequency = Objects.requireNonNull(frequency);
        this.note = note;
        this.active = active;
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getClientId() { return clientId; }
    public String getActivity() { return activity; }
    public String getFrequency() { return frequency; }
    public String getNote() { return note; }
    public boolean isActive() { return active; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
