package org.tenfold.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.tenfold.privacy.MemberRecord;

/**
 * One decision of a client about one consent form version, with the staff member who witnessed it.
 * Append-only: every column is insert-only.
 */
@MemberRecord(owner = "clientId: the client who decided")
@Entity
@Table(name = "consent_record")
@NamedQuery(name = "ConsentRecord.findByClient", query = "SELECT r FROM ConsentRecord r JOIN FETCH r.form"
        + " WHERE r.clientId = :clientId ORDER BY r.id")
// the latest row of each kind for some clients: their current state
@NamedQuery(name = "ConsentRecord.findCurrent", query = "SELECT r FROM ConsentRecord r WHERE r.clientId IN :clientIds"
        + " AND r.id = (SELECT MAX(l.id) FROM ConsentRecord l WHERE l.clientId = r.clientId AND l.kind = r.kind)")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, updatable = false)
    private Long clientId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "form_id", nullable = false, updatable = false)
    private ConsentForm form;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private ConsentKind kind;

    @Column(name = "form_version", nullable = false, updatable = false)
    private int formVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private ConsentDecision decision;

    @Column(name = "by_email", updatable = false)
    private Boolean byEmail;

    @Column(name = "by_sms", updatable = false)
    private Boolean bySms;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String witness;

    protected ConsentRecord() {
    }

    /**
     * A decision on a form. For electronic communication a GIVEN decision names the channels
     * (at least one); a withdrawal turns both off.
     */
    public ConsentRecord(long clientId, ConsentForm form, ConsentDecision decision, boolean byEmail, boolean bySms,
            String witness, Instant recordedAt) {
        if (!form.getKind().accepts(decision)) {
            throw new IllegalArgumentException(decision + " is not a decision on " + form.getKind());
        }
        this.clientId = clientId;
        this.form = form;
        this.kind = form.getKind();
        this.formVersion = form.getVersion();
        this.decision = Objects.requireNonNull(decision);
        if (kind == ConsentKind.ELECTRONIC_COMMUNICATION) {
            boolean given = decision == ConsentDecision.GIVEN;
            this.byEmail = given && byEmail;
            this.bySms = given && bySms;
        }
        this.witness = Objects.requireNonNull(witness);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** True when this decision lets the clinic go ahead (GIVEN, or SHARE for partner sharing). */
    public boolean isAffirmative() {
        return decision == ConsentDecision.GIVEN || decision == ConsentDecision.SHARE;
    }

    public Long getId() { return id; }
    public Long getClientId() { return clientId; }
    public ConsentForm getForm() { return form; }
    public ConsentKind getKind() { return kind; }
    public int getFormVersion() { return formVersion; }
    public ConsentDecision getDecision() { return decision; }
    public Boolean getByEmail() { return byEmail; }
    public Boolean getBySms() { return bySms; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getWitness() { return witness; }
}
