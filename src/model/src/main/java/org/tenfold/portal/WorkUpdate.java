package org.tenfold.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * What a client says in the portal about a piece of their work (homework, reading, a self-care activity): done
 * or not, and a comment for their counsellor. Append-only: the latest row of a client and piece is where it
 * stands; the counsellor reads them all.
 */
@MemberRecord(owner = "clientId: the client who wrote it, whether the work is their own or the couple's")
@Entity
@Table(name = "portal_work_update")
@NamedQuery(name = "WorkUpdate.findOfClient",
        query = "SELECT u FROM WorkUpdate u WHERE u.clientId = :clientId ORDER BY u.writtenAt, u.id")
@NamedQuery(name = "WorkUpdate.findOfCase",
        query = "SELECT u FROM WorkUpdate u WHERE u.caseId = :caseId ORDER BY u.writtenAt DESC, u.id DESC")
public class WorkUpdate {

    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private WorkKind kind;

    @Column(name = "ref_id", nullable = false, updatable = false)
    private long refId;

    @Column(nullable = false, updatable = false)
    private boolean done;

    @Column(length = COMMENT_MAX, updatable = false)
    private String comment;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    protected WorkUpdate() {
    }

    public WorkUpdate(long caseId, long clientId, WorkKind kind, long refId, boolean done, String comment,
            Instant writtenAt) {
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("A comment is at most " + COMMENT_MAX + " characters");
        }
        this.caseId = caseId;
        this.clientId = clientId;
        this.kind = Objects.requireNonNull(kind);
        this.refId = refId;
        this.done = done;
        this.comment = comment;
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getClientId() { return clientId; }
    public WorkKind getKind() { return kind; }
    public long getRefId() { return refId; }
    public boolean isDone() { return done; }
    public String getComment() { return comment; }
    public Instant getWrittenAt() { return writtenAt; }
}
