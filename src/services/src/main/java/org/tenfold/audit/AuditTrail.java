package org.tenfold.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;

/**
 * Writes audit events inside the caller's transaction: if what is recorded rolls back, so does its
 * audit row, and a committed change always has one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    RequestOrigin origin;

    /** An event by the signed-in caller, from the current request's address. */
    public void record(AuditAction action, AuditOutcome outcome, String entityType, Object entityId, Long clientId,
            String detail) {
        recordAs(callerName(), sourceAddress(), action, outcome, entityType, entityId, clientId, detail);
    }

    /** An event whose actor and address the caller knows better (sign-in, before there is a caller). */
    public void recordAs(String actor, String sourceAddress, AuditAction action, AuditOutcome outcome,
            String entityType, Object entityId, Long clientId, String detail) {
        em.persist(new AuditEvent(Instant.now(), actor, action, entityType,
                entityId == null ? null : entityId.toString(), clientId, outcome,
                sourceAddress != null ? sourceAddress : sourceAddress(), detail));
    }

    private String callerName() {
        String name = caller == null ? null : caller.getName();
        return name == null || "ANONYMOUS".equals(name) ? "anonymous" : name;
    }

    private String sourceAddress() {
        try {
            return origin.getSourceAddress();
        } catch (ContextNotActiveException e) {
            return null; // a timer or startup task: no request, no address
        }
    }
}
