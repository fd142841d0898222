package org.tenfold.measure;

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
import org.tenfold.privacy.MemberRecord;

/**
 * One questionnaire given to one member on one occasion: due (from an assignment) or started by the counsellor
 * to type in a paper form. Its answers are rows of their own, kept as each is given. While OPEN it takes answers
 * (through its one-time link, of which only the SHA-256 is kept, or from the counsellor); once SUBMITTED nothing
 * of it or its answers changes (the database refuses too). A correction is a new response naming the one it
 * corrects.
 */
@MemberRecord(owner = "clientId: the member who answers")
@Entity
@Table(name = "measure_response")
@NamedQuery(name = "MeasureResponse.findOfClient",
        query = "SELECT r FROM MeasureResponse r WHERE r.clientId = :clientId ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = "MeasureResponse.findOfCase",
        query = "SELECT r FROM MeasureResponse r WHERE r.caseId = :caseId ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = "MeasureResponse.findByLink",
        query = "SELECT r FROM MeasureResponse r WHERE r.linkSha256 = :hash")
@NamedQuery(name = "MeasureResponse.findCorrecting",
        query = "SELECT r FROM MeasureResponse r WHERE r.correctsId IN :ids")
public class MeasureResponse {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "instrument_id", nullable = false, updatable = false)
    private long instrumentId;

    @Column(name = "assignment_id", updatable = false)
    private Long assignmentId;

    /** The assignment's occasion ("ONCE", "WEEK-3", "APPT-812"): unique per assignment. */
    @Column(length = 40, updatable = false)
    private String occasion;

    @Column(name = "appointment_id", updatable = false)
    private Long appointmentId;

    @Column(name = "due_at", updatable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ResponseStatus status = ResponseStatus.OPEN;

    @Column(name = "corrects_id", updatable = false)
    private Long correctsId;

    /** The counsellor's note on this response (what the paper form said in the margin, why it is corrected). */
    @Column(name = "staff_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "link_sha256", length = 64)
    private String linkSha256;

    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    @Column(name = "link_sent_at")
    private Instant linkSentAt;

    @Column(name = "link_attempts", nullable = false)
    private int linkAttempts;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "submitted_by", length = 64)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MeasureResponse() {
    }

    /** A due questionnaire of an assignment. */
    public static MeasureResponse due(MeasureAssignment a, long instrumentId, Occasions.Occasion occasion,
            Channel channel, String by, Instant now) {
        MeasureResponse r = new MeasureResponse(a.getCaseId(), a.getClientId(), instrumentId, channel, null, null, by,
                now);
        r.assignmentId = a.getId();
        r.occasion = occasion.key();
        r.appointmentId = occasion.appointmentId();
        r.dueAt = occasion.dueAt();
        return r;
    }

    public MeasureResponse(long caseId, long clientId, long instrumentId, Channel channel, Long correctsId,
            String comment, String by, Instant now) {
        this.caseId = caseId;
        this.clientId = clientId;
        this.instrumentId = instrumentId;
        this.channel = Objects.requireNonNull(channel);
        this.correctsId = correctsId;
        this.comment = comment;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
    }

    /** A new one-time link (only its hash kept); an earlier link of this response no longer opens. */
    public void issueLink(String sha256, Instant expiresAt) {
        requireOpen();
        linkSha256 = Objects.requireNonNull(sha256);
        linkExpiresAt = Objects.requireNonNull(expiresAt);
    }

    /** Until when a due questionnaire waits for its answers (and any link to it opens). */
    public void openUntil(Instant until) {
        requireOpen();
        linkExpiresAt = Objects.requireNonNull(until);
    }

    public void linkSent(Instant now) {
        linkSentAt = now;
    }

    /** A failed attempt to send the link; after too many the response waits for a counsellor. */
    public void sendFailed() {
        linkAttempts++;
    }

    /** Whether the link opens now: the response is open and the link unexpired. */
    public boolean linkOpens(Instant now) {
        return status == ResponseStatus.OPEN && linkSha256 != null && linkExpiresAt != null
                && now.isBefore(linkExpiresAt);
    }

    public void opened(Instant now) {
        if (openedAt == null) {
            openedAt = now;
        }
    }

    public void editComment(String text) {
        requireOpen();
        comment = text;
    }

    public void submit(String by, Instant now) {
        requireOpen();
        status = ResponseStatus.SUBMITTED;
        submittedBy = Objects.requireNonNull(by);
        submittedAt = Objects.requireNonNull(now);
        linkSha256 = null;
        closedAt = now;
    }

    /** Closes an unsubmitted response (its link expired, or its case or assignment stopped); answers are kept. */
    public void close(ResponseStatus to, Instant now) {
        if (to != ResponseStatus.EXPIRED && to != ResponseStatus.CANCELLED) {
            throw new IllegalArgumentException(to.name());
        }
        requireOpen();
        status = to;
        linkSha256 = null;
        closedAt = now;
    }

    public boolean isOpen() {
        return status == ResponseStatus.OPEN;
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    private void requireOpen() {
        if (status != ResponseStatus.OPEN) {
            throw new IllegalStateException("This response is " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + " and does not change.");
        }
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getClientId() { return clientId; }
    public long getInstrumentId() { return instrumentId; }
    public Long getAssignmentId() { return assignmentId; }
    public String getOccasion() { return occasion; }
    public Long getAppointmentId() { return appointmentId; }
    public Instant getDueAt() { return dueAt; }
    public Channel getChannel() { return channel; }
    public ResponseStatus getStatus() { return status; }
    public Long getCorrectsId() { return correctsId; }
    public String getComment() { return comment; }
    public Instant getLinkExpiresAt() { return linkExpiresAt; }
    public Instant getLinkSentAt() { return linkSentAt; }
    public int getLinkAttempts() { return linkAttempts; }
    public boolean hasLink() { return linkSha256 != null; }
    public Instant getOpenedAt() { return openedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
