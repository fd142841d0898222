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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.tenfold.privacy.NotMemberRecord;

/**
 * A client's own sign-in to the portal: one per client, by their own email address (two clients never share
 * one), with a password they set from an invitation and optionally a TOTP second factor. Kept apart from staff
 * accounts: nothing here signs anyone into a staff screen or the API.
 */
@NotMemberRecord("a client's sign-in account: credentials and sign-in times, shown to no other client")
@Entity
@Table(name = "portal_account")
@NamedQuery(name = "PortalAccount.findByEmail", query = "SELECT a FROM PortalAccount a WHERE a.email = :email")
@NamedQuery(name = "PortalAccount.findByClient", query = "SELECT a FROM PortalAccount a WHERE a.clientId = :clientId")
// Sign-in bookkeeping as single UPDATEs, as for staff: never a locking read during a password hash.
@NamedQuery(name = "PortalAccount.expireLock", query = "UPDATE PortalAccount a SET a.failedLogins = 0,"
        + " a.lockedUntil = NULL WHERE a.id = :id AND a.lockedUntil IS NOT NULL AND a.lockedUntil <= :now")
@NamedQuery(name = "PortalAccount.countFailure",
        query = "UPDATE PortalAccount a SET a.failedLogins = a.failedLogins + 1 WHERE a.id = :id")
@NamedQuery(name = "PortalAccount.lockIfTooMany", query = "UPDATE PortalAccount a SET a.lockedUntil = :until"
        + " WHERE a.id = :id AND a.failedLogins >= :max AND a.lockedUntil IS NULL")
@NamedQuery(name = "PortalAccount.signedIn", query = "UPDATE PortalAccount a SET a.failedLogins = 0,"
        + " a.lockedUntil = NULL, a.lastSignInAt = :now WHERE a.id = :id")
@NamedQuery(name = "PortalAccount.replaceHash", query = "UPDATE PortalAccount a SET a.passwordHash = :newHash"
        + " WHERE a.id = :id AND a.passwordHash = :oldHash")
@NamedQuery(name = "PortalAccount.acceptTotpStep", query = "UPDATE PortalAccount a SET a.totpLastStep = :step"
        + " WHERE a.id = :id AND (a.totpLastStep IS NULL OR a.totpLastStep < :step)")
public class PortalAccount {

    /** Failed sign-ins in a row that lock the account, and for how long: as for staff. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, unique = true, updatable = false)
    private long clientId;

    /** The sign-in name: the client's email address when invited, lower case. */
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PortalAccountStatus status;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "invited_by", nullable = false, length = 64)
    private String invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    /** The portal's address as the last invitation named it, for later emails (unless the clinic set one). */
    @Column(name = "link_base", length = 500)
    private String linkBase;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Version
    private long version;

    protected PortalAccount() {
    }

    public PortalAccount(long clientId, String email, String invitedBy, Instant at) {
        this.clientId = clientId;
        this.email = normalisedEmail(email);
        this.status = PortalAccountStatus.INVITED;
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.invitedAt = Objects.requireNonNull(at);
    }

    /** How an address is compared and kept: stripped, lower case. */
    public static String normalisedEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Invited again (a lost email, a new address, a closed account opened anew): no password until set. */
    public void linkFrom(String base) {
        this.linkBase = base;
    }

    public void reinvite(String newEmail, String by, Instant at) {
        this.email = normalisedEmail(newEmail);
        this.invitedBy = Objects.requireNonNull(by);
        this.invitedAt = Objects.requireNonNull(at);
        if (status != PortalAccountStatus.ACTIVE) {
            this.status = PortalAccountStatus.INVITED;
            this.passwordHash = null;
        }
    }

    /** A password set from an invitation or a reset link: the account is usable, its lock lifted. */
    public void setPassword(String hash, Instant at) {
        if (status == PortalAccountStatus.DISABLED) {
            throw new IllegalStateException("This account is closed");
        }
        this.passwordHash = Objects.requireNonNull(hash);
        if (status == PortalAccountStatus.INVITED) {
            status = PortalAccountStatus.ACTIVE;
            activatedAt = at;
        }
        failedLogins = 0;
        lockedUntil = null;
    }

    public void disable() {
        status = PortalAccountStatus.DISABLED;
        passwordHash = null;
        totpSecret = null;
        totpLastStep = null;
    }

    public void enrolSecondFactor(String secret) {
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw new IllegalArgumentException("A TOTP secret is 16 to 64 Base32 characters");
        }
        this.totpSecret = secret;
        this.totpLastStep = null;
    }

    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public boolean mayUse() {
        return status == PortalAccountStatus.ACTIVE && passwordHash != null;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public Long getId() { return id; }
    public long getClientId() { return clientId; }
    public String getEmail() { return email; }
    public String getPasswordHash() { return passwordHash; }
    public PortalAccountStatus getStatus() { return status; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public String getTotpSecret() { return totpSecret; }
    public String getInvitedBy() { return invitedBy; }
    public Instant getInvitedAt() { return invitedAt; }
    public Instant getActivatedAt() { return activatedAt; }
    public String getLinkBase() { return linkBase; }
    public Instant getLastSignInAt() { return lastSignInAt; }
    public long getVersion() { return version; }
}
