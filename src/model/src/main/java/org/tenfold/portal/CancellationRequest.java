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
import java.time.Instant;
import java.util.Objects;

import org.tenfold.privacy.NotMemberRecord;

/**
 * A client's request, from the portal, to cancel an appointment inside the clinic's notice period: it goes to
 * front desk, who cancel it (as a late cancellation or not) or keep it and call the client.
 */
@NotMemberRecord("a message to front desk about an appointment, written knowing front desk reads it (the portal says"
        + " so); administrative like the appointment's own cancellation reason")
@Entity
@Table(name = "portal_cancel_request")
@NamedQuery(name = "CancellationRequest.findOpen", query = "SELECT r FROM CancellationRequest r"
        + " WHERE r.status = org.tenfold.portal.CancellationRequestStatus.OPEN ORDER BY r.requestedAt, r.id")
@NamedQuery(name = "CancellationRequest.findOfAppointments", query = "SELECT r FROM CancellationRequest r"
        + " WHERE r.appointmentId IN :ids ORDER BY r.requestedAt, r.id")
public class CancellationRequest {

    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appointment_id", nullable = false, updatable = false)
    private long appointmentId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(nullable = false, length = REASON_MAX, updatable = false)
    private String reason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CancellationRequestStatus status = CancellationRequestStatus.OPEN;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Version
    private long version;

    protected CancellationRequest() {
    }

    public CancellationRequest(long appointmentId, long clientId, String reason, Instant at) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("A reason of 1 to " + REASON_MAX + " characters is required");
        }
        this.appointmentId = appointmentId;
        this.clientId = clientId;
        this.reason = reason.strip();
        this.requestedAt = Objects.requireNonNull(at);
    }

    /** Front desk's decision. */
    public void handle(CancellationRequestStatus outcome, String by, Instant at) {
        if (status != CancellationRequestStatus.OPEN) {
            throw new IllegalStateException("This request has been dealt with");
        }
        if (outcome == CancellationRequestStatus.OPEN) {
            throw new IllegalArgumentException("Choose an outcome");
        }
        this.status = outcome;
        this.handledBy = Objects.requireNonNull(by);
        this.handledAt = Objects.requireNonNull(at);
    }

    public Long getId() { return id; }
    public long getAppointmentId() { return appointmentId; }
    public long getClientId() { return clientId; }
    public String getReason() { return reason; }
    public Instant getRequestedAt() { return requestedAt; }
    public CancellationRequestStatus getStatus() { return status; }
    public String getHandledBy() { return handledBy; }
    public Instant getHandledAt() { return handledAt; }
    public long getVersion() { return version; }
}
