package org.tenfold.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.tenfold.staff.Roles;

/** Records an export of the audit log in a transaction of its own, before its first line is sent. */
@Stateless
public class AuditExports {

    @Inject
    AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordExport(AuditQuery query) {
        audit.record(AuditAction.AUDIT_EXPORT, AuditOutcome.SUCCESS, null, null, query.clientId(),
                "CSV export of the audit log: " + query.describe());
    }
}
