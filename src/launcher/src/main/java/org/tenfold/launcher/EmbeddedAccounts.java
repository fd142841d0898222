package org.tenfold.launcher;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets up the embedded database's accounts as root: drops the anonymous ones an installation leaves,
 * creates (or re-keys) owner, application and backup accounts with their rights, and gives triggers that
 * a data folder made without grant tables left without a real definer the owner as definer (such a
 * trigger would refuse to run once grants are on). Safe to run at every start.
 */
final class EmbeddedAccounts {

    private EmbeddedAccounts() {
    }

    static void ensure(Connection root, EmbeddedCredentials credentials, String database) throws SQLException {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("TENFOLD_DB_NAME may hold letters, digits and _ only");
        }
        try (Statement s = root.createStatement()) {
            List<String> anonymous = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT host FROM mysql.user WHERE user = ''")) {
                while (r.next()) {
                    anonymous.add(r.getString(1));
                }
            }
            for (String host : anonymous) {
                s.execute("DROP USER ''@'" + host.replace("'", "''") + "'");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS " + database
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            account(s, EmbeddedCredentials.OWNER_USER, credentials.owner());
            s.execute("GRANT ALL PRIVILEGES ON " + database + ".* TO " + name(EmbeddedCredentials.OWNER_USER)
                    + " WITH GRANT OPTION");
            account(s, EmbeddedCredentials.APP_USER, credentials.app());
            // the application reads the whole schema; what it may write is granted per table by the server
            // after its migrations (AccountGrants): never UPDATE or DELETE on the audit trail
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM mysql.db WHERE user = '"
                    + EmbeddedCredentials.APP_USER + "'")) {
                r.next();
                if (r.getInt(1) > 0) {
                    s.execute("REVOKE ALL PRIVILEGES ON " + database + ".* FROM " + name(EmbeddedCredentials.APP_USER));
                }
            }
            s.execute("GRANT SELECT ON " + database + ".* TO " + name(EmbeddedCredentials.APP_USER));
            account(s, EmbeddedCredentials.BACKUP_USER, credentials.backup());
            s.execute("GRANT SELECT, SHOW VIEW, TRIGGER, LOCK TABLES, EVENT ON " + database + ".* TO "
                    + name(EmbeddedCredentials.BACKUP_USER));
            redefineOrphanTriggers(s, database);
        }
    }

    private static void account(Statement s, String user, String password) throws SQLException {
        s.execute("CREATE USER IF NOT EXISTS " + name(user) + " IDENTIFIED BY '" + password + "'");
        s.execute("ALTER USER " + name(user) + " IDENTIFIED BY '" + password + "'");
    }

    private static String name(String user) {
        return "'" + user + "'@'" + EmbeddedCredentials.HOST + "'";
    }

    private static void redefineOrphanTriggers(Statement s, String database) throws SQLException {
        List<String> orphans = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = '"
                + database + "' AND definer NOT IN ('" + EmbeddedCredentials.OWNER_USER + "@"
                + EmbeddedCredentials.HOST + "', 'root@" + EmbeddedCredentials.HOST + "', 'root@localhost')")) {
            while (r.next()) {
                orphans.add(r.getString(1));
            }
        }
        for (String trigger : orphans) {
            String create;
            try (ResultSet r = s.executeQuery("SHOW CREATE TRIGGER " + database + ".`" + trigger + "`")) {
                r.next();
                create = r.getString("SQL Original Statement");
            }
            String redefined = create.replaceFirst("(?s)^CREATE\\s+(DEFINER=\\S*\\s+)?TRIGGER",
                    "CREATE DEFINER=" + name(EmbeddedCredentials.OWNER_USER) + " TRIGGER");
            s.execute("USE " + database);
            s.execute("DROP TRIGGER `" + trigger + "`");
            s.execute(redefined);
        }
        if (!orphans.isEmpty()) {
            Log.step("Gave " + orphans.size() + " trigger(s) made without grant tables the schema owner as definer");
        }
    }
}
