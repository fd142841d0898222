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
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * One step in a boundary's history: created, a status change (from, to) or a rewording, with who,
 * when, the counsellor's note (clinician-only) and the wording it replaced. Never changed.
 */
@MemberRecord(owner = "the owner of its boundary")
@Entity
@Table(name = "boundary_event")
@NamedQuery(name = "BoundaryEvent.findByBoundaries",
        query = "SELECT e FROM BoundaryEvent e WHERE e.boundaryId IN :ids ORDER BY e.boundaryId, e.id")
public class BoundaryEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "boundary_id", nullable = false, updatable = false)
    private Long boundaryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private BoundaryEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20, updatable = false)
    private BoundaryStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private BoundaryStatus toStatus;

    @Column(length = 1000, updatable = false)
    private String note;

    @Column(name = "previous_wording", length = Boundary.MAX_WORDING, updatable = false)
    private String previousWording;

    @Column(name = "happened_by", nullable = false, length = 64, updatable = false)
    private String happenedBy;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    protected BoundaryEvent() {
    }

    BoundaryEvent(Long boundaryId, BoundaryEventKind kind, BoundaryStatus from, BoundaryStatus to, String note,
            String previousWording, String by, Instant at) {
        this.boundaryId = Objects.requireNonNull(boundaryId, "persist the boundary first");
        this.kind = Objects.requireNonNull(kind);
        this.fromStatus = from;
        this.toStatus = Objects.requireNonNull(to);
        this.note = note;
        this.previousWording = previousWording;
        this.happenedBy = Objects.requireNonNull(by);
        this.happenedAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public Long getBoundaryId() { return boundaryId; }
    public BoundaryEventKind getKind() { return kind; }
    public BoundaryStatus getFromStatus() { return fromStatus; }
    public BoundaryStatus getToStatus() { return toStatus; }
    public String getNote() { return note; }
    public String getPreviousWording() { return previousWording; }
    public String getHappenedBy() { return happenedBy; }
    public Instant getHappenedAt() { return happenedAt; }
}
