package org.tenfold.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.tenfold.audit.chain.AuditChain;
import org.tenfold.audit.chain.AuditRow;

/**
 * Writes audit events inside the caller's transaction: if what is recorded rolls back, so does its
 * audit row, and a committed change always has one.
 *
 * <p>Each event is chained: the transaction takes one lane of the chain (the first whose head row no
 * other transaction holds, {@code FOR UPDATE SKIP LOCKED}), keeps it to its end, and links every event it
 * writes to the lane's head. Inside a lane the rows follow one another strictly; transactions in other
 * lanes never wait for it. Only when every lane is taken does a writer wait, for one picked by its
 * transaction, like any row lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    private static final String LANE = AuditTrail.class.getName() + ".lane";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    Principal caller;

    @Inject
    RequestOrigin origin;

    @Resource
    TransactionSynchronizationRegistry transaction;

    /** An event by the signed-in caller, from the current request's address. */
    public void record(AuditAction action, AuditOutcome outcome, String entityType, Object entityId, Long clientId,
            String detail) {
        recordAs(callerName(), sourceAddress(), action, outcome, entityType, entityId, clientId, detail);
    }

    /** An event whose actor and address the caller knows better (sign-in, before there is a caller). */
    public void recordAs(String actor, String sourceAddress, AuditAction action, AuditOutcome outcome,
            String entityType, Object entityId, Long clientId, String detail) {
        AuditEvent event = new AuditEvent(Instant.now(), actor, action, entityType,
                entityId == null ? null : entityId.toString(), clientId, outcome,
                sourceAddress != null ? sourceAddress : sourceAddress(), detail);
        int lane = lane();
        Object[] head = (Object[]) em.createNativeQuery("SELECT seq, head_hash FROM audit_chain_lane WHERE lane = ?")
                .setParameter(1, lane).getSingleResult();
        long seq = ((Number) head[0]).longValue() + 1;
        String prev = (String) head[1];
        String hash = AuditChain.hash(prev, row(event), lane, seq);
        event.chain(lane, seq, prev, hash);
        em.persist(event);
        em.createNativeQuery("UPDATE audit_chain_lane SET seq = ?, head_hash = ? WHERE lane = ?")
                .setParameter(1, seq).setParameter(2, hash).setParameter(3, lane).executeUpdate();
    }

    /** The lane this transaction holds, taken at its first event. */
    private int lane() {
        Object held = transaction.getResource(LANE);
        if (held != null) {
            return (Integer) held;
        }
        List<?> free = em.createNativeQuery(
                "SELECT lane FROM audit_chain_lane ORDER BY lane LIMIT 1 FOR UPDATE SKIP LOCKED").getResultList();
        int lane;
        if (free.isEmpty()) {
            lane = Math.floorMod(transaction.getTransactionKey().hashCode(), AuditChain.LANES);
            em.createNativeQuery("SELECT lane FROM audit_chain_lane WHERE lane = ? FOR UPDATE").setParameter(1, lane)
                    .getResultList();
        } else {
            lane = ((Number) free.get(0)).intValue();
        }
        transaction.putResource(LANE, lane);
        return lane;
    }

    private static AuditRow row(AuditEvent e) {
        return new AuditRow(0, e.getOccurredAt(), e.getActor(), e.getAction().name(), e.getEntityType(),
                e.getEntityId(), e.getClientId(), e.getOutcome().name(), e.getSourceAddress(), e.getDetail(), null, null,
                null, null);
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
