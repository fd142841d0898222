package org.tenfold.progress;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * One progress report of one client over a period. While a {@link ReportStatus#DRAFT} only its summary
 * changes; {@link #release} keeps the rendered PDF and its SHA-256, after which the entity refuses every
 * change (and the database's triggers refuse again).
 */
@MemberRecord(owner = "clientId for a partner's own or an individual report; a JOINT report is the couple's")
@Entity
@Table(name = "progress_report")
@NamedQuery(name = "ProgressReportEntry.findOfClient",
        query = "SELECT r FROM ProgressReportEntry r WHERE r.clientId = :clientId ORDER BY r.generatedAt DESC, r.id DESC")
@NamedQuery(name = "ProgressReportEntry.findJointOfCases",
        query = "SELECT r FROM ProgressReportEntry r WHERE r.caseId IN :caseIds AND r.kind = org.tenfold.progress.ReportKind.JOINT"
                + " ORDER BY r.generatedAt DESC, r.id DESC")
public class ProgressReportEntry {

    public static final int SUMMARY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReportStatus status;

    @Column(name = "period_from", nullable = false, updatable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    private LocalDate periodTo;

    private String summary;

    @Column(name = "generated_by", nullable = false, length = 64)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private Instant generatedAt;

    @Column(name = "released_by", length = 64)
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "released_pdf")
    private byte[] releasedPdf;

    @Column(name = "released_sha256", length = 64)
    private String releasedSha256;

    @Column(name = "batch_id")
    private Long batchId;

    @Version
    private long version;

    protected ProgressReportEntry() {
    }

    public ProgressReportEntry(long clientId, long caseId, ReportKind kind, LocalDate periodFrom, LocalDate periodTo,
            String generatedBy, Instant generatedAt, Long batchId) {
        if (periodFrom == null || periodTo == null || periodFrom.isAfter(periodTo)) {
            throw new IllegalArgumentException("A report's period starts on or before its end");
        }
        this.clientId = clientId;
        this.caseId = caseId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.generatedBy = Objects.requireNonNull(generatedBy, "generatedBy");
        this.generatedAt = Objects.requireNonNull(generatedAt, "generatedAt");
        this.batchId = batchId;
        this.status = ReportStatus.DRAFT;
    }

    public boolean isReleased() {
        return status == ReportStatus.RELEASED;
    }

    public void editSummary(String text) {
        requireDraft();
        if (text != null && text.length() > SUMMARY_MAX) {
            throw new IllegalArgumentException("A summary is at most " + SUMMARY_MAX + " characters");
        }
        this.summary = text == null || text.isBlank() ? null : text.strip();
    }

    /** Keeps the rendered bytes for good. */
    public void release(byte[] pdf, String sha256, String by, Instant at) {
        requireDraft();
        if (pdf == null || pdf.length == 0 || sha256 == null || sha256.length() != 64) {
            throw new IllegalArgumentException("A released report keeps its PDF and SHA-256");
        }
        this.releasedPdf = pdf.clone();
        this.releasedSha256 = sha256;
        this.releasedBy = Objects.requireNonNull(by, "by");
        this.releasedAt = Objects.requireNonNull(at, "at");
        this.status = ReportStatus.RELEASED;
    }

    private void requireDraft() {
        if (isReleased()) {
            throw new IllegalStateException("A released report cannot be changed");
        }
    }

    /** Whose report it is for what a partner may keep from the other: a JOINT report is the couple's (null). */
    public Long getOwnerClientId() {
        return kind == ReportKind.JOINT ? null : clientId;
    }

    public Long getId() { return id; }
    public long getClientId() { return clientId; }
    public long getCaseId() { return caseId; }
    public ReportKind getKind() { return kind; }
    public ReportStatus getStatus() { return status; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public String getSummary() { return summary; }
    public String getGeneratedBy() { return generatedBy; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getReleasedBy() { return releasedBy; }
    public Instant getReleasedAt() { return releasedAt; }
    public String getReleasedSha256() { return releasedSha256; }
    public Long getBatchId() { return batchId; }
    public long getVersion() { return version; }

    public byte[] getReleasedPdf() {
        return releasedPdf == null ? null : releasedPdf.clone();
    }
}
