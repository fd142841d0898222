package org.tenfold.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;
import org.tenfold.staff.Role;
import org.tenfold.staff.Staff;

/**
 * A counsellor's calendar subscription. The URL carries a random token; only its SHA-256 is kept,
 * so a copy of the database opens no calendars. Regenerating replaces the hash (the old URL stops
 * at once); revoking deletes the row.
 */
@NotMemberRecord("a counsellor's calendar feed address (its hash)")
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = "CalendarFeed.findByHash",
        query = "SELECT f FROM CalendarFeed f JOIN FETCH f.staff WHERE f.tokenHash = :hash")
@NamedQuery(name = "CalendarFeed.findByStaff", query = "SELECT f FROM CalendarFeed f WHERE f.staff = :staff")
@NamedQuery(name = "CalendarFeed.deleteOfStaff", query = "DELETE FROM CalendarFeed f WHERE f.staff = :staff")
public class CalendarFeed {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "staff_id", nullable = false, unique = true, updatable = false)
    private Staff staff;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedDetail detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_read_at")
    private Instant lastReadAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(Staff staff, String tokenHash, FeedDetail detail, Instant now) {
        if (!takesAppointments(staff)) {
            throw new IllegalArgumentException("Only counsellors and supervisors have a calendar to subscribe to");
        }
        this.staff = staff;
        replaceToken(tokenHash, now);
        changeDetail(detail);
    }

    /** Whoever holds the old URL loses the calendar; the new one starts afresh. */
    public final void replaceToken(String newTokenHash, Instant now) {
        if (newTokenHash == null || !newTokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A token hash is 64 hex digits");
        }
        this.tokenHash = newTokenHash;
        this.createdAt = Objects.requireNonNull(now);
        this.lastReadAt = null;
    }

    public final void changeDetail(FeedDetail newDetail) {
        this.detail = newDetail == null ? FeedDetail.INITIALS : newDetail;
    }

    /** Serves only while its owner is active and still takes appointments. */
    public boolean isServable() {
        return takesAppointments(staff);
    }

    public void recordRead(Instant now) {
        this.lastReadAt = now;
    }

    /** Counsellors and supervisors have appointments of their own; front desk and administrators do not. */
    public static boolean takesAppointments(Staff staff) {
        return staff != null && staff.isActive()
                && (staff.hasRole(Role.COUNSELLOR) || staff.hasRole(Role.SUPERVISOR));
    }

    public Long getId() { return id; }
    public Staff getStaff() { return staff; }
    public String getTokenHash() { return tokenHash; }
    public FeedDetail getDetail() { return detail; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastReadAt() { return lastReadAt; }
}
