package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;
import org.tenfold.staff.Roles;

/**
 * Writes DENIED audit rows in a transaction of their own: the refused call rolls back, its refusal
 * must not. One row per client concerned, so a client's audit history shows every refused attempt.
 */
@Stateless
public class RefusalLog {

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(AuditAction action, String entityType, Object entityId, List<Long> clientIds, String detail) {
        if (clientIds.isEmpty()) {
            audit.record(action, AuditOutcome.DENIED, entityType, entityId, null, detail);
        }
        for (Long clientId : clientIds) {
            audit.record(action, AuditOutcome.DENIED, entityType, entityId, clientId, detail);
        }
    }
}
