package org.tenfold.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/** A one-time download link to a released report; only the token's SHA-256 is kept. */
@NotMemberRecord("a one-time link's hash and expiry: no content of its own; it serves a released report to whoever holds it")
@Entity
@Table(name = "progress_report_link")
@NamedQuery(name = "ReportLink.findByHash", query = "SELECT l FROM ReportLink l WHERE l.tokenSha256 = :hash")
public class ReportLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Column(name = "token_sha256", nullable = false, updatable = false, length = 64)
    private String tokenSha256;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected ReportLink() {
    }

    public ReportLink(long reportId, String tokenSha256, String createdBy, Instant createdAt, Instant expiresAt) {
        this.reportId = reportId;
        this.tokenSha256 = Objects.requireNonNull(tokenSha256, "tokenSha256");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean opensAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        if (!opensAt(now)) {
            throw new IllegalStateException("This link was used or has expired");
        }
        this.usedAt = now;
    }

    public Long getId() { return id; }
    public long getReportId() { return reportId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public long getVersion() { return version; }
}
