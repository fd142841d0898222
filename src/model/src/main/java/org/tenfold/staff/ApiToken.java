package org.tenfold.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tenfold.privacy.NotMemberRecord;

/**
 * A bearer token an API client got in exchange for its credentials. Only the SHA-256 of the
 * token is stored, so a copy of the database does not hand out working tokens.
 */
@NotMemberRecord("a staff member's API token (its hash)")
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash",
        query = "SELECT t FROM ApiToken t JOIN FETCH t.staff WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.revokeAllOf",
        query = "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.staff = :staff AND t.revokedAt IS NULL")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false)
    private Staff staff;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, Staff staff, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.staff = staff;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && staff.isActive();
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Staff getStaff() {
        return staff;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
