package org.tenfold.portal;

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
import org.tenfold.privacy.NotMemberRecord;

/**
 * A one-time link sent by email to set a portal password: only its SHA-256 is kept; it works once, until it
 * expires, and a newer link of the same account makes the older ones void.
 */
@NotMemberRecord("the hash of a one-time sign-in link, shown to nobody")
@Entity
@Table(name = "portal_link")
@NamedQuery(name = "PortalLink.findByHash", query = "SELECT l FROM PortalLink l WHERE l.tokenHash = :hash")
@NamedQuery(name = "PortalLink.voidOthers", query = "UPDATE PortalLink l SET l.usedAt = :now"
        + " WHERE l.accountId = :account AND l.usedAt IS NULL")
@NamedQuery(name = "PortalLink.use", query = "UPDATE PortalLink l SET l.usedAt = :now"
        + " WHERE l.id = :id AND l.usedAt IS NULL AND l.expiresAt > :now")
public class PortalLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PortalLinkPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PortalLink() {
    }

    public PortalLink(long accountId, PortalLinkPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = Objects.requireNonNull(purpose);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public PortalLinkPurpose getPurpose() { return purpose; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
