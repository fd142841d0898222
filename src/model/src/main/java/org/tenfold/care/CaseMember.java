package org.tenfold.care;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A client in a case, with their role and, optionally, their own (individual) counsellor. */
@Embeddable
public class CaseMember {

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseRole role;

    @Column(name = "own_counsellor_id")
    private Long ownCounsellorId;

    protected CaseMember() {
    }

    public CaseMember(long clientId, CaseRole role, Long ownCounsellorId) {
        this.clientId = clientId;
        this.role = Objects.requireNonNull(role);
        this.ownCounsellorId = ownCounsellorId;
    }

    public Long getClientId() { return clientId; }
    public CaseRole getRole() { return role; }
    public Long getOwnCounsellorId() { return ownCounsellorId; }
}
