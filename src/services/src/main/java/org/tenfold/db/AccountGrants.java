package org.tenfold.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The one place that says what the application's account may do to each table: read and write the
 * clinic's tables, only read and append to the audit trail, only read the migration history. Runs as the
 * owner after every migration, so a table added by a migration is covered at the next start.
 */
final class AccountGrants {

    private static final Logger LOG = Logger.getLogger(AccountGrants.class.getName());
    static final Set<String> APPEND_ONLY = Set.of("audit_event", "audit_checkpoint");
    static final Set<String> READ_ONLY = Set.of("flyway_schema_history");

    private AccountGrants() {
    }

    static void apply(Connection owner, Connection app) throws SQLException {
        String ownerAccount = currentUser(owner);
        String appAccount = currentUser(app);
        if (ownerAccount.equals(appAccount)) {
            LOG.warning("The application and its migrations use one database account (" + appAccount + "): it can"
                    + " change the audit trail's grants itself. Give the application an account of its own with"
                    + " SELECT and INSERT only on audit_event and audit_checkpoint (see records.md).");
            return;
        }
        int at = appAccount.lastIndexOf('@');
        String grantee = quote(appAccount.substring(0, at)) + "@" + quote(appAccount.substring(at + 1));
        List<String> tables = new ArrayList<>();
        try (Statement s = owner.createStatement();
                ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        try (Statement s = owner.createStatement()) {
            for (String table : tables) {
                if (!table.matches("[A-Za-z0-9_]+")) {
                    continue;
                }
                String privileges = APPEND_ONLY.contains(table) ? "SELECT, INSERT"
                        : READ_ONLY.contains(table) ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
                s.execute("GRANT " + privileges + " ON `" + table + "` TO " + grantee);
                if (APPEND_ONLY.contains(table) || READ_ONLY.contains(table)) {
                    revokeWrites(owner, s, table, appAccount, grantee);
                }
            }
        }
    }

    /** Takes back UPDATE and DELETE (and more) should an earlier setup have granted them on this table. */
    private static void revokeWrites(Connection owner, Statement s, String table, String appAccount, String grantee)
            throws SQLException {
        try (PreparedStatement p = owner.prepareStatement("SELECT privilege_type FROM information_schema.table_privileges"
                + " WHERE table_schema = DATABASE() AND table_name = ? AND grantee = ?")) {
            p.setString(1, table);
            int at = appAccount.lastIndexOf('@');
            p.setString(2, "'" + appAccount.substring(0, at) + "'@'" + appAccount.substring(at + 1) + "'");
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String privilege = r.getString(1);
                    if (!privilege.equals("SELECT") && !(privilege.equals("INSERT") && APPEND_ONLY.contains(table))) {
                        s.execute("REVOKE " + privilege + " ON `" + table + "` FROM " + grantee);
                    }
                }
            }
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT CURRENT_USER()")) {
            r.next();
            return r.getString(1);
        }
    }

    private static String quote(String part) {
        return "'" + part.replace("'", "''") + "'";
    }
}
