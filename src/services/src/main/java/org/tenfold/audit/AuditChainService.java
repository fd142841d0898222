package org.tenfold.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.tenfold.audit.chain.ChainReport;
import org.tenfold.audit.chain.ChainVerifier;
import org.tenfold.staff.Roles;

/** Administrators walk the audit chain: is every row as it was written, and is none missing? Audited. */
@Stateless
public class AuditChainService {

    @Resource(lookup = "jdbc/tenfold")
    DataSource dataSource;

    @Inject
    AuditKey key;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Roles.ADMIN)
    public ChainReport verify() {
        ChainReport report;
        // the walk streams the table on the transaction's connection; the audit row is written after it
        try (Connection c = dataSource.getConnection()) {
            report = ChainVerifier.verify(c, key.key().orElse(null));
        } catch (SQLException e) {
            throw new IllegalStateException("the audit chain could not be read: " + e.getMessage(), e);
        }
        audit.record(AuditAction.AUDIT_VERIFY, report.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                null, null, null, report.summary());
        return report;
    }
}
