package org.tenfold.audit;

import java.io.Serializable;
import java.time.Instant;

/** One audit event as the audit log screen and the API show it: who did what to which record, when, from where. */
public record AuditEventView(long id, Instant occurredAt, String actor, AuditAction action, AuditOutcome outcome,
        String entityType, String entityId, Long clientId, String sourceAddress, String detail) implements Serializable {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getOutcome(),
                e.getEntityType(), e.getEntityId(), e.getClientId(), e.getSourceAddress(), e.getDetail());
    }
}
