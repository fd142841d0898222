package org.tenfold.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/** A browser a member of staff asked to be remembered on: it skips the second factor until it expires. */
@NotMemberRecord("a device a staff member chose to skip the second factor on (its token's hash)")
@Entity
@Table(name = "staff_trusted_device")
@NamedQuery(name = "TrustedDevice.countValid", query = "SELECT COUNT(d) FROM TrustedDevice d WHERE d.staffId = :staff"
        + " AND d.tokenHash = :hash AND d.expiresAt > :now AND d.createdAt > :notBefore")
@NamedQuery(name = "TrustedDevice.deleteFor", query = "DELETE FROM TrustedDevice d WHERE d.staffId = :staff")
public class TrustedDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected TrustedDevice() {
    }

    public TrustedDevice(long staffId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.staffId = staffId;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
    }

    public Long getId() {
        return id;
    }
}
