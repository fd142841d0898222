package org.tenfold.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.tenfold.privacy.NotMemberRecord;

/** A counsellor's monthly drafts, generated in the background; counts show how far it has come. */
@NotMemberRecord("a counsellor's monthly batch and its counts: no record content")
@Entity
@Table(name = "progress_report_batch")
public class ReportBatch {

    public enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "counsellor_id", nullable = false, updatable = false)
    private long counsellorId;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    private int total;
    private int done;
    private int failed;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The worker run that drives the batch now (a fresh random token per run). */
    @Column(name = "worker_token", length = 100)
    private String workerToken;

    /** When that run last showed life; an old one means nobody drives the batch any more. */
    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    /** When the batch was last resumed after its worker stopped (a restart or crash). */
    @Column(name = "resumed_at")
    private Instant resumedAt;

    @Column(name = "resume_count", nullable = false)
    private int resumeCount;

    @Version
    private long version;

    protected ReportBatch() {
    }

    public ReportBatch(long counsellorId, LocalDate periodFrom, LocalDate periodTo, int total, String startedBy,
            Instant startedAt) {
        this.counsellorId = counsellorId;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.total = total;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.status = total == 0 ? Status.DONE : Status.RUNNING;
        this.finishedAt = total == 0 ? startedAt : null;
    }

    /** The first worker run: it owns the batch from the start. */
    public void drivenBy(String token, Instant now) {
        workerToken = token;
        heartbeatAt = now;
    }

    public void oneDone(boolean ok, Instant now) {
        if (ok) {
            done++;
        } else {
            failed++;
        }
        if (done + failed >= total) {
            status = failed == total && total > 0 ? Status.FAILED : Status.DONE;
            finishedAt = now;
        }
    }

    /**
     * The counts as its items stand (made in the same transaction as each item's draft, so they never
     * drift); the batch ends when every item has.
     */
    public void recount(int madeCount, int failedCount, Instant now) {
        done = madeCount;
        failed = failedCount;
        if (status == Status.RUNNING && done + failed >= total) {
            status = failed == total && total > 0 ? Status.FAILED : Status.DONE;
            finishedAt = now;
        }
    }

    /** 0 to 100. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * (done + failed) / total));
    }

    public Long getId() { return id; }
    public long getCounsellorId() { return counsellorId; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public Status getStatus() { return status; }
    public int getTotal() { return total; }
    public int getDone() { return done; }
    public int getFailed() { return failed; }
    public String getStartedBy() { return startedBy; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getWorkerToken() { return workerToken; }
    public Instant getHeartbeatAt() { return heartbeatAt; }
    public Instant getResumedAt() { return resumedAt; }
    public int getResumeCount() { return resumeCount; }
    public long getVersion() { return version; }
}
