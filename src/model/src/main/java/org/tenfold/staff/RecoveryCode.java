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

/** One of an account's single-use recovery codes (its SHA-256), for a sign-in without the authenticator. */
@NotMemberRecord("a staff member's single-use second-factor recovery code (its hash)")
@Entity
@Table(name = "staff_recovery_code")
@NamedQuery(name = "RecoveryCode.use", query = "UPDATE RecoveryCode r SET r.usedAt = :now WHERE r.staffId = :staff"
        + " AND r.codeHash = :hash AND r.usedAt IS NULL")
@NamedQuery(name = "RecoveryCode.deleteFor", query = "DELETE FROM RecoveryCode r WHERE r.staffId = :staff")
@NamedQuery(name = "RecoveryCode.countUnused", query = "SELECT COUNT(r) FROM RecoveryCode r WHERE r.staffId = :staff"
        + " AND r.usedAt IS NULL")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(name = "code_hash", nullable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(long staffId, String codeHash, Instant createdAt) {
        this.staffId = staffId;
        this.codeHash = Objects.requireNonNull(codeHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
