package org.tenfold.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * The one way for tests and benchmarks to reach a test server's database directly: as the schema owner
 * (to seed or to tamper, as an insider would), as the application's own account, or as root, with the
 * passwords generated in that test data folder.
 */
public final class TestDatabases {

    public enum Account { ROOT, OWNER, APPLICATION }

    private TestDatabases() {
    }

    /** The data folder of the test server started with this port offset. */
    public static Path dataDir(Path root, int offset) {
        return root.resolve("src/launcher/target/it-mariadb-" + offset + "/data");
    }

    public static String user(Account account) {
        return switch (account) {
            case ROOT -> EmbeddedCredentials.ROOT_USER;
            case OWNER -> EmbeddedCredentials.OWNER_USER;
            case APPLICATION -> EmbeddedCredentials.APP_USER;
        };
    }

    /** An account's password, for a driver URL of one's own (the bench's batch settings). */
    public static String password(Path dataDir, Account account) {
        try {
            EmbeddedCredentials c = EmbeddedCredentials.read(dataDir);
            return switch (account) {
                case ROOT -> c.root();
                case OWNER -> c.owner();
                case APPLICATION -> c.app();
            };
        } catch (IOException e) {
            throw new IllegalStateException("No database credentials in " + dataDir, e);
        }
    }

    public static Connection connect(Path dataDir, int port, Account account) throws SQLException {
        EmbeddedCredentials credentials;
        try {
            credentials = EmbeddedCredentials.read(dataDir);
        } catch (IOException e) {
            throw new IllegalStateException("No database credentials in " + dataDir + ": is the test server running?"
                    + " (" + e.getMessage() + ")");
        }
        DatabaseSettings db = DatabaseSettings.fromEnvironment(Map.of(), port);
        DatabaseSettings as = credentials.as(db, user(account));
        Connection c = EmbeddedDatabase.connect(as);
        c.setCatalog(db.name());
        return c;
    }
}
