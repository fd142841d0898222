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
import org.tenfold.privacy.MemberRecord;

/**
 * A warning on a client for clinical staff (a positive risk answer), raised and cleared with who,
 * when and why. Never deleted; front desk never sees it.
 */
@MemberRecord(owner = "clientId: the client the flag is about")
@Entity
@Table(name = "client_flag")
@NamedQuery(name = "ClientFlag.findByClient",
        query = "SELECT f FROM ClientFlag f WHERE f.clientId = :clientId ORDER BY f.raisedAt DESC, f.id DESC")
@NamedQuery(name = "ClientFlag.findRaised", query = "SELECT f FROM ClientFlag f WHERE f.clientId = :clientId"
        + " AND f.kind = :kind AND f.clearedAt IS NULL")
public class ClientFlag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private FlagKind kind;

    @Column(nullable = false, length = 500, updatable = false)
    private String summary;

    /** Where it came from, e.g. "intake 12". */
    @Column(nullable = false, length = 100, updatable = false)
    private String source;

    @Column(name = "raised_by", nullable = false, length = 64, updatable = false)
    private String raisedBy;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;
    @Column(name = "cleared_by", length = 64)
    private String clearedBy;
    @Column(name = "cleared_at")
    private Instant clearedAt;
    @Column(name = "clear_reason", length = 500)
    private String clearReason;

    @Version
    private long version;

    protected ClientFlag() {
    }

    public ClientFlag(long clientId, FlagKind kind, String summary, String source, String by, Instant now) {
        this.clientId = clientId;
        this.kind = Objects.requireNonNull(kind);
        this.summary = Objects.requireNonNull(summary);
        this.source = Objects.requireNonNull(source);
        this.raisedBy = Objects.requireNonNull(by);
        this.raisedAt = Objects.requireNonNull(now);
    }

    public void clear(String reason, String by, Instant now) {
        if (clearedAt != null) {
            throw new IllegalStateException("This flag was cleared already.");
        }
        clearReason = Objects.requireNonNull(reason);
        clearedBy = Objects.requireNonNull(by);
        clearedAt = Objects.requireNonNull(now);
    }

    public boolean isRaised() {
        return clearedAt == null;
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public FlagKind getKind() { return kind; }
    public String getSummary() { return summary; }
    public String getSource() { return source; }
    public String getRaisedBy() { return raisedBy; }
    public Instant getRaisedAt() { return raisedAt; }
    public String getClearedBy() { return clearedBy; }
    public Instant getClearedAt() { return clearedAt; }
    public String getClearReason() { return clearReason; }
    public long getVersion() { return version; }
}
