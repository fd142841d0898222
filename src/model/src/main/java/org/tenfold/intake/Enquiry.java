package org.tenfold.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.client.Client;
import org.tenfold.privacy.NotMemberRecord;
import org.tenfold.staff.Staff;

/**
 * First contact, taken by the front desk: how the person heard of the clinic, why they call in
 * their own (non-clinical) words, and whom and when they would prefer to see. Never edited.
 */
@NotMemberRecord("a first contact taken by front desk, in non-clinical words")
@Entity
@Table(name = "enquiry")
public class Enquiry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", nullable = false, updatable = false)
    private Client client;

    @Column(name = "heard_about", length = 200, updatable = false)
    private String heardAbout;

    @Column(length = 1000, updatable = false)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "preferred_counsellor_id", updatable = false)
    private Staff preferredCounsellor;

    @Column(name = "preferred_times", length = 500, updatable = false)
    private String preferredTimes;

    @Column(name = "taken_by", nullable = false, length = 64, updatable = false)
    private String takenBy;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    protected Enquiry() {
    }

    public Enquiry(Client client, String heardAbout, String reason, Staff preferredCounsellor, String preferredTimes,
            String takenBy, Instant takenAt) {
        this.client = Objects.requireNonNull(client);
        this.heardAbout = heardAbout;
        this.reason = reason;
        this.preferredCounsellor = preferredCounsellor;
        this.preferredTimes = preferredTimes;
        this.takenBy = Objects.requireNonNull(takenBy);
        this.takenAt = Objects.requireNonNull(takenAt);
    }

    public Long getId() { return id; }
    public Client getClient() { return client; }
    public String getHeardAbout() { return heardAbout; }
    public String getReason() { return reason; }
    public Staff getPreferredCounsellor() { return preferredCounsellor; }
    public String getPreferredTimes() { return preferredTimes; }
    public String getTakenBy() { return takenBy; }
    public Instant getTakenAt() { return takenAt; }
}
