package org.tenfold.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/** One step in a case's history (opened, closed with a reason, reopened). Never changed. */
@NotMemberRecord("the history of the whole case: opened, closed, reopened")
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private CaseEventKind event;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason", length = 20, updatable = false)
    private CloseReason closeReason;

    @Column(length = 500, updatable = false)
    private String note;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    @Column(name = "happened_by", nullable = false, length = 64, updatable = false)
    private String happenedBy;

    protected CaseEvent() {
    }

    public CaseEvent(long caseId, CaseEventKind event, CloseReason closeReason, String note, String by, Instant at) {
        this.caseId = caseId;
        this.event = Objects.requireNonNull(event);
        this.closeReason = closeReason;
        this.note = note;
        this.happenedBy = Objects.requireNonNull(by);
        this.happenedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public CaseEventKind getEvent() { return event; }
    public CloseReason getCloseReason() { return closeReason; }
    public String getNote() { return note; }
    public Instant getHappenedAt() { return happenedAt; }
    public String getHappenedBy() { return happenedBy; }
}
