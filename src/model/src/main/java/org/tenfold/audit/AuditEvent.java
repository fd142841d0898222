package org.tenfold.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.tenfold.privacy.NotMemberRecord;

/**
 * One row of the append-only audit trail. Written in the transaction of what it records, never
 * updated or deleted by the application (the entity has no setters and nothing maps an update).
 */
@NotMemberRecord("the audit trail, read by administrators; its details never quote a record's text")
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    private static final int DETAIL_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private AuditAction action;

    @Column(name = "entity_type", updatable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 64)
    private String entityId;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private AuditOutcome outcome;

    @Column(name = "source_address", updatable = false, length = 64)
    private String sourceAddress;

    @Column(updatable = false, length = DETAIL_MAX)
    private String detail;

    /** Its place in the hash chain and the hashes that hold it there (see V40__audit_chain.sql). */
    @Column(updatable = false)
    private Integer lane;

    @Column(name = "lane_seq", updatable = false)
    private Long laneSeq;

    @Column(name = "prev_hash", updatable = false, length = 64)
    private String prevHash;

    @Column(name = "row_hash", updatable = false, length = 64)
    private String rowHash;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action, String entityType, String entityId,
            Long clientId, AuditOutcome outcome, String sourceAddress, String detail) {
        // kept to the microsecond, as DATETIME(6) stores it, so its hash reads back the same
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.actor = actor == null || actor.isBlank() ? "anonymous" : truncate(actor, 64);
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.clientId = clientId;
        this.outcome = outcome;
        this.sourceAddress = truncate(sourceAddress, 64);
        this.detail = truncate(detail, DETAIL_MAX);
    }

    /** Places the event in its lane of the chain, once, before it is written. */
    public void chain(int lane, long seq, String prevHash, String rowHash) {
        if (this.rowHash != null) {
            throw new IllegalStateException("audit event already chained");
        }
        this.lane = lane;
        this.laneSeq = seq;
        this.prevHash = prevHash;
        this.rowHash = rowHash;
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public AuditAction getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public Long getClientId() { return clientId; }
    public AuditOutcome getOutcome() { return outcome; }
    public String getSourceAddress() { return sourceAddress; }
    public String getDetail() { return detail; }
    public Integer getLane() { return lane; }
    public Long getLaneSeq() { return laneSeq; }
    public String getRowHash() { return rowHash; }
}
