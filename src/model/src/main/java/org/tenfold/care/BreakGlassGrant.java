package org.tenfold.care;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * Emergency access: a counsellor not on a case opened it, giving a reason, and may read and write it
 * until the grant expires. Kept for ever; shown to the case's counsellors.
 */
@NotMemberRecord("a staff member's emergency access to a case")
@Entity
@Table(name = "break_glass")
@NamedQuery(name = "BreakGlassGrant.findByCase",
        query = "SELECT g FROM BreakGlassGrant g WHERE g.caseId = :caseId ORDER BY g.grantedAt DESC, g.id DESC")
public class BreakGlassGrant {

    /** How long one break-the-glass access lasts. */
    public static final Duration LENGTH = Duration.ofHours(4);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "staff_id", nullable = false, updatable = false)
    private Long staffId;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    protected BreakGlassGrant() {
    }

    public BreakGlassGrant(long caseId, long staffId, String reason, Instant now) {
        this.caseId = caseId;
        this.staffId = staffId;
        this.reason = Objects.requireNonNull(reason);
        this.grantedAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(LENGTH);
    }

    public boolean isActiveAt(Instant when) {
        return !when.isBefore(grantedAt) && when.isBefore(expiresAt);
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Long getStaffId() { return staffId; }
    public String getReason() { return reason; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
