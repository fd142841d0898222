package org.tenfold.it.records;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.tenfold.it.TestServer;

/**
 * What an insider with the database owner's password does: lift the append-only triggers, change,
 * remove or slip in an audit row in plain SQL, and (for the test's sake) put everything back.
 */
final class AuditTampering implements AutoCloseable {

    private final Connection owner;

    AuditTampering() throws SQLException {
        owner = TestServer.database();
        try (Statement s = owner.createStatement()) {
            s.execute("DROP TRIGGER audit_event_bu");
            s.execute("DROP TRIGGER audit_event_bd");
        }
    }

    Connection owner() {
        return owner;
    }

    void execute(String sql, Object... params) throws SQLException {
        try (PreparedStatement p = owner.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            p.executeUpdate();
        }
    }

    long one(String sql, Object... params) throws SQLException {
        try (PreparedStatement p = owner.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                return r.getLong(1);
            }
        }
    }

    String text(String sql, Object... params) throws SQLException {
        try (PreparedStatement p = owner.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setObject(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    /** Puts the triggers back as V42 made them. */
    @Override
    public void close() throws SQLException {
        try (Statement s = owner.createStatement()) {
            s.execute("CREATE TRIGGER audit_event_bu BEFORE UPDATE ON audit_event FOR EACH ROW SIGNAL SQLSTATE '45000'"
                    + " SET MESSAGE_TEXT = 'the audit trail is append-only: an audit event is never changed'");
            s.execute("CREATE TRIGGER audit_event_bd BEFORE DELETE ON audit_event FOR EACH ROW SIGNAL SQLSTATE '45000'"
                    + " SET MESSAGE_TEXT = 'the audit trail is append-only: an audit event is never removed'");
        } finally {
            owner.close();
        }
    }
}
