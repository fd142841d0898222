package org.tenfold.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.tenfold.privacy.NotMemberRecord;

/** A member of staff who signs in to Tenfold. */
@NotMemberRecord("a staff account")
@Entity
@Table(name = "staff")
// roles fetched in the same statement: an account is read on every request
@NamedQuery(name = "Staff.findByUsername",
        query = "SELECT DISTINCT s FROM Staff s LEFT JOIN FETCH s.roles WHERE s.username = :username")
@NamedQuery(name = "Staff.findAll",
        query = "SELECT DISTINCT s FROM Staff s LEFT JOIN FETCH s.roles ORDER BY s.displayName")
@NamedQuery(name = "Staff.count", query = "SELECT COUNT(s) FROM Staff s")
// Sign-in bookkeeping as single UPDATEs, never a locking read: the staff row is also the booking lock of a
// counsellor, and a sign-in (with its slow password hash) must never hold it.
@NamedQuery(name = "Staff.expireLock", query = "UPDATE Staff s SET s.failedLogins = 0, s.lockedUntil = NULL"
        + " WHERE s.id = :id AND s.lockedUntil IS NOT NULL AND s.lockedUntil <= :now")
@NamedQuery(name = "Staff.countFailure", query = "UPDATE Staff s SET s.failedLogins = s.failedLogins + 1 WHERE s.id = :id")
@NamedQuery(name = "Staff.lockIfTooMany", query = "UPDATE Staff s SET s.lockedUntil = :until WHERE s.id = :id"
        + " AND s.failedLogins >= :max AND s.lockedUntil IS NULL")
@NamedQuery(name = "Staff.resetFailures", query = "UPDATE Staff s SET s.failedLogins = 0, s.lockedUntil = NULL"
        + " WHERE s.id = :id AND (s.failedLogins <> 0 OR s.lockedUntil IS NOT NULL)")
@NamedQuery(name = "Staff.replaceHash", query = "UPDATE Staff s SET s.passwordHash = :newHash WHERE s.id = :id"
        + " AND s.passwordHash = :oldHash")
// a TOTP code is accepted once: the time step it belongs to must be later than the last one accepted
@NamedQuery(name = "Staff.acceptTotpStep", query = "UPDATE Staff s SET s.totpLastStep = :step WHERE s.id = :id"
        + " AND (s.totpLastStep IS NULL OR s.totpLastStep < :step)")
@NamedQuery(name = "Staff.failuresOf", query = "SELECT s.failedLogins, s.lockedUntil FROM Staff s WHERE s.id = :id")
public class Staff {

    /** Failed sign-ins in a row that lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The TOTP secret (Base32) once the second factor is set up; never shown again after enrolment. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enrolled_at")
    private Instant totpEnrolledAt;

    /** Written only by Staff.acceptTotpStep. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "role", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Staff() {
    }

    public Staff(String username, String displayName, String email, String passwordHash, Set<Role> roles,
            Instant createdAt) {
        this.username = requireText(username, "username").toLowerCase(java.util.Locale.ROOT);
        this.displayName = requireText(displayName, "display name");
        this.email = email;
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        changeRoles(roles);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account for {@link #LOCKOUT}. */
    public void recordFailedLogin(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void unlock() {
        recordSuccessfulLogin();
    }

    /** Sets up the second factor with a secret whose first code the person has just typed. */
    public void enrolSecondFactor(String secret, Instant at) {
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw new IllegalArgumentException("A TOTP secret is 16 to 64 Base32 characters");
        }
        this.totpSecret = secret;
        this.totpEnrolledAt = Objects.requireNonNull(at, "enrolled at");
    }

    /** Removes the second factor (an administrator's reset): the next sign-in sets it up again where required. */
    public void resetSecondFactor() {
        this.totpSecret = null;
        this.totpEnrolledAt = null;
        this.totpLastStep = null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public Instant getTotpEnrolledAt() {
        return totpEnrolledAt;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "password hash");
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new IllegalArgumentException("A member of staff needs at least one role");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void rename(String newDisplayName, String newEmail) {
        this.displayName = requireText(newDisplayName, "display name");
        this.email = newEmail;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public long getVersion() {
        return version;
    }
}
