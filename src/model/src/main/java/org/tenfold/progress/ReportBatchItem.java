package org.tenfold.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tenfold.privacy.NotMemberRecord;

/**
 * One draft a batch is to make. A worker claims it (a conditional update in the database, so two workers
 * never hold the same item) and finishes it in the same transaction as its draft: a DONE item has its
 * report, a CLAIMED one left by a dead worker has none and is made again by whoever resumes the batch.
 */
@NotMemberRecord("a monthly batch's work list (which report to draft for whom): no record content")
@Entity
@Table(name = "progress_report_batch_item")
public class ReportBatchItem {

    /** Longest reason kept for a failed item. */
    public static final int REASON_MAX = 500;

    public enum Status { PENDING, CLAIMED, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private long batchId;

    @Column(nullable = false, updatable = false)
    private int seq;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "claim_token", length = 100)
    private String claimToken;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "report_id")
    private Long reportId;

    @Column(length = REASON_MAX)
    private String reason;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ReportBatchItem() {
    }

    public ReportBatchItem(long batchId, int seq, long clientId, long caseId, ReportKind kind) {
        this.batchId = batchId;
        this.seq = seq;
        this.clientId = clientId;
        this.caseId = caseId;
        this.kind = kind;
        this.status = Status.PENDING;
    }

    /** Whether this worker run still holds the item. */
    public boolean claimedBy(String token) {
        return status == Status.CLAIMED && token != null && token.equals(claimToken);
    }

    public void done(long report, Instant now) {
        status = Status.DONE;
        reportId = report;
        reason = null;
        finishedAt = now;
    }

    public void failed(String why, Instant now) {
        status = Status.FAILED;
        String text = why == null || why.isBlank() ? "The draft could not be made." : why.strip();
        reason = text.length() > REASON_MAX ? text.substring(0, REASON_MAX - 1) + "…" : text;
        finishedAt = now;
    }

    public Long getId() { return id; }
    public long getBatchId() { return batchId; }
    public int getSeq() { return seq; }
    public long getClientId() { return clientId; }
    public long getCaseId() { return caseId; }
    public ReportKind getKind() { return kind; }
    public Status getStatus() { return status; }
    public String getClaimToken() { return claimToken; }
    public Instant getClaimedAt() { return claimedAt; }
    public Long getReportId() { return reportId; }
    public String getReason() { return reason; }
    public Instant getFinishedAt() { return finishedAt; }
}
