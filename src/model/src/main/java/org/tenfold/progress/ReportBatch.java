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

/** A counsellor's monthly drafts, generated in the background; counts show how far it has come. */
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
    public long getVersion() { return version; }
}
