package org.tenfold.care;

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
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/** Something a member of staff must do, titled in non-clinical words (it may show on a shared screen). */
@NotMemberRecord("a staff member's to-do, titled in non-clinical words")
@Entity
@Table(name = "task")
@NamedQuery(name = "Task.findOpenOfAssignee", query = "SELECT t FROM Task t WHERE t.assigneeId = :assigneeId"
        + " AND t.doneAt IS NULL ORDER BY t.dueAt, t.id")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignee_id", nullable = false, updatable = false)
    private Long assigneeId;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private TaskKind kind;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(name = "due_at", nullable = false, updatable = false)
    private Instant dueAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Task() {
    }

    public Task(long assigneeId, Long clientId, TaskKind kind, String title, Instant dueAt, String createdBy,
            Instant now) {
        this.assigneeId = assigneeId;
        this.clientId = clientId;
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.dueAt = Objects.requireNonNull(dueAt);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
    }

    public void done(Instant now) {
        if (doneAt == null) {
            doneAt = now;
        }
    }

    public Long getId() { return id; }
    public Long getAssigneeId() { return assigneeId; }
    public Long getClientId() { return clientId; }
    public TaskKind getKind() { return kind; }
    public String getTitle() { return title; }
    public Instant getDueAt() { return dueAt; }
    public Instant getDoneAt() { return doneAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
