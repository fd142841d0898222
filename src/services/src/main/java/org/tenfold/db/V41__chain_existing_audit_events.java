package org.tenfold.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.tenfold.audit.chain.AuditChain;
import org.tenfold.audit.chain.AuditRow;

/**
 * Chains the audit rows written before the chain existed into lane 0, oldest first, before V42 makes
 * the table append-only. A new database has none. Java, because the hash is defined once, in AuditChain.
 */
public class V41__chain_existing_audit_events extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        String prev = AuditChain.GENESIS;
        long seq = 0;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, occurred_at, actor, action, entity_type, entity_id, client_id,"
                        + " outcome, source_address, detail FROM audit_event WHERE lane IS NULL ORDER BY id");
                PreparedStatement link = c.prepareStatement(
                        "UPDATE audit_event SET lane = 0, lane_seq = ?, prev_hash = ?, row_hash = ? WHERE id = ?")) {
            while (r.next()) {
                long clientId = r.getLong(7);
                Long client = r.wasNull() ? null : clientId;
                AuditRow row = new AuditRow(r.getLong(1),
                        r.getObject(2, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC), r.getString(3),
                        r.getString(4), r.getString(5), r.getString(6), client, r.getString(8), r.getString(9),
                        r.getString(10), null, null, null, null);
                seq++;
                String hash = AuditChain.hash(prev, row, 0, seq);
                link.setLong(1, seq);
                link.setString(2, prev);
                link.setString(3, hash);
                link.setLong(4, row.id());
                link.addBatch();
                prev = hash;
                if (seq % 1000 == 0) {
                    link.executeBatch();
                }
            }
            link.executeBatch();
        }
        try (PreparedStatement head = c.prepareStatement("UPDATE audit_chain_lane SET seq = ?, head_hash = ? WHERE lane = 0")) {
            head.setLong(1, seq);
            head.setString(2, prev);
            head.executeUpdate();
        }
    }
}
