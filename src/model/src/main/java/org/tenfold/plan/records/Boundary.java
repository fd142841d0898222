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

/**
 * A boundary (step 4): an agreement between the partners of a couple case, or a personal boundary in
 * an individual case. Proposed by a member or by the counsellor; agreed on a date; reviewed. Its
 * current state is this row; every status change and rewording is a {@link BoundaryEvent} that keeps
 * the wording it replaced, so a renegotiated boundary still shows what was agreed before.
 */
@MemberRecord(owner = "proposedByClientId while the boundary is only proposed; once agreed (or proposed by a counsellor) it is the couple's")
@Entity
@Table(name = "boundary")
@NamedQuery(name = "Boundary.findByCase", query = "SELECT b FROM Boundary b WHERE b.caseId = :caseId ORDER BY b.id")
public class Boundary {

    public static final int MAX_WORDING = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, length = MAX_WORDING)
    private String wording;

    @Column(name = "proposed_by_client_id", updatable = false)
    private Long proposedByClientId;

    @Column(name = "proposed_by_counsellor_id", updatable = false)
    private Long proposedByCounsellorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BoundaryStatus status;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "review_on")
    private LocalDate reviewOn;

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

    protected Boundary() {
    }

    /**
     * A new boundary, proposed by a member ({@code proposedByClientId}) or a counsellor (exactly one of
     * the two); AGREED at once when {@code agreedOn} is given, PROPOSED otherwise.
     */
    public Boundary(long caseId, String wording, Long proposedByClientId, Long proposedByCounsellorId,
            LocalDate agreedOn, LocalDate reviewOn, String by, Instant now) {
        if ((proposedByClientId == null) == (proposedByCounsellorId == null)) {
            throw new IllegalArgumentException("A boundary is proposed by a member or by a counsellor.");
        }
        this.caseId = caseId;
        this.wording = requireText(wording);
        this.proposedByClientId = proposedByClientId;
        this.proposedByCounsellorId = proposedByCounsellorId;
        this.status = agreedOn == null ? BoundaryStatus.PROPOSED : BoundaryStatus.AGREED;
        this.agreedOn = agreedOn;
        this.reviewOn = reviewOn;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** The first row of its history; the boundary must have been persisted (it has an id). */
    public BoundaryEvent createdEvent(String note) {
        return new BoundaryEvent(id, BoundaryEventKind.CREATED, null, status, note, null, createdBy, createdAt);
    }

    /**
     * Moves to another status. AGREED sets the date agreed ({@code on}); RENEGOTIATED clears it until
     * the new terms are agreed, and may carry the new wording at once (the old one goes into the event).
     */
    public BoundaryEvent changeStatus(BoundaryStatus to, String note, String newWording, LocalDate on, String by,
            Instant now) {
        if (!status.canBecome(Objects.requireNonNull(to))) {
            throw new IllegalStateException("A " + status + " boundary cannot become " + to + ".");
        }
        BoundaryStatus from = status;
        String previous = null;
        if (newWording != null && !newWording.equals(wording)) {
            if (to != BoundaryStatus.RENEGOTIATED && !from.wordingOpen()) {
                throw new IllegalStateException("An agreed boundary is reworded by renegotiating it.");
            }
            previous = wording;
            wording = requireText(newWording);
        }
        if (to == BoundaryStatus.AGREED) {
            agreedOn = Objects.requireNonNull(on);
        } else if (to == BoundaryStatus.RENEGOTIATED) {
            agreedOn = null;
        }
        status = to;
        touch(by, now);
        return new BoundaryEvent(id, BoundaryEventKind.STATUS, from, to, note, previous, by, now);
    }

    /**
     * Changes the wording (only while proposed or being renegotiated) and the review date. Returns the
     * REWORDED event when the wording changed, null when only the review date did.
     */
    public BoundaryEvent revise(String newWording, LocalDate newReviewOn, String note, String by, Instant now) {
        if (status == BoundaryStatus.RETIRED) {
            throw new IllegalStateException("A retired boundary is not changed.");
        }
        BoundaryEvent event = null;
        if (!requireText(newWording).equals(wording)) {
            if (!status.wordingOpen()) {
                throw new IllegalStateException("An agreed boundary is reworded by renegotiating it.");
            }
            event = new BoundaryEvent(id, BoundaryEventKind.REWORDED, status, status, note, wording, by, now);
            wording = newWording;
        }
        reviewOn = newReviewOn;
        touch(by, now);
        return event;
    }

    private void touch(String by, Instant now) {
        updatedBy = Objects.requireNonNull(by);
        updatedAt = Objects.requireNonNull(now);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_WORDING) {
            throw new IllegalArgumentException("A boundary says what is agreed, in 1 to " + MAX_WORDING + " characters.");
        }
        return text;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getWording() { return wording; }
    public Long getProposedByClientId() { return proposedByClientId; }

    /**
     * Whose boundary it is for what a partner may keep from the other: a member's proposal stays theirs
     * until it is agreed (and when retired with no agreement standing); once agreed, and a counsellor's
     * proposal from the start, it is the couple's (null).
     */
    public Long getOwnerClientId() {
        boolean unagreed = status == BoundaryStatus.PROPOSED || (status == BoundaryStatus.RETIRED && agreedOn == null);
        return unagreed ? proposedByClientId : null;
    }

    public Long getProposedByCounsellorId() { return proposedByCounsellorId; }
    public BoundaryStatus getStatus() { return status; }
    public LocalDate getAgreedOn() { return agreedOn; }
    public LocalDate getReviewOn() { return reviewOn; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
