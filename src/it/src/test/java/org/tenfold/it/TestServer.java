package org.tenfold.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.tenfold.launcher.TestDatabases;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Where the test server is, and the real EAR to deploy into it. */
public final class TestServer {

    /** Development-only password of every demo account (see README). */
    public static final String DEMO_PASSWORD = "tenfold-demo-only";

    private TestServer() {
    }

    public static String baseUrl() {
        return "http://localhost:" + required("tenfold.http.port") + "/";
    }

    /**
     * The EAR the build produced, unchanged: what the run command deploys too. Named after this test
     * server's port, because Payara keeps an upload in the machine's temporary folder under the
     * archive's name, and test servers running side by side must not overwrite each other's.
     */
    public static EnterpriseArchive ear() {
        requireOwnServer();
        File ear = new File(required("tenfold.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(ear + " is missing: the EAR module must be built first");
        }
        return ShrinkWrap.create(EnterpriseArchive.class, "tenfold-" + required("tenfold.http.port") + ".ear")
                .merge(ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear));
    }

    /**
     * The ports the tests use must be the ones the launcher gave this run's server (its offset plus the
     * normal ones): otherwise the tests would deploy into, and write to, another run's server.
     */
    private static void requireOwnServer() {
        int offset = Integer.parseInt(required("tenfold.it.offset"));
        if (Integer.parseInt(required("tenfold.http.port")) != 8080 + offset
                || Integer.parseInt(required("tenfold.admin.port")) != 4848 + offset
                || Integer.parseInt(required("tenfold.db.port")) != 3307 + offset) {
            throw new IllegalStateException("The test ports " + required("tenfold.http.port") + "/"
                    + required("tenfold.admin.port") + "/" + required("tenfold.db.port") + " are not those of the"
                    + " test server started with offset " + offset + ": set -Dit.slot=N only, not the ports or the offset");
        }
    }

    /** The test server's own log, as it is now. */
    public static String serverLog() throws IOException {
        Path log = root().resolve("src/launcher/target/payara6/glassfish/domains/tenfold-it-"
                + required("tenfold.it.offset") + "/logs/server.log");
        if (!Files.isRegularFile(log)) {
            throw new IllegalStateException("No server log at " + log);
        }
        return Files.readString(log, StandardCharsets.ISO_8859_1);
    }

    /**
     * A direct connection to the test database as the schema's owner, to seed and to check what was stored
     * (hashes, audit rows); the passwords are the ones generated in the test data folder.
     */
    public static Connection database() throws SQLException {
        return database(TestDatabases.Account.OWNER);
    }

    /** The test database as one of its accounts (the application's own, to prove what it may not do). */
    public static Connection database(TestDatabases.Account account) throws SQLException {
        return TestDatabases.connect(dataDir(), Integer.parseInt(required("tenfold.db.port")), account);
    }

    /** The test server's database folder (its credentials, backups and keys lie beside it). */
    public static Path dataDir() {
        return TestDatabases.dataDir(root(), Integer.parseInt(required("tenfold.it.offset")));
    }

    /** The checkout this run builds (the EAR sits in src/ear/target under it). */
    public static Path root() {
        return Path.of(required("tenfold.ear")).toAbsolutePath().getParent().getParent().getParent().getParent();
    }

    /** The first column of the first row of a query on the test database (null when there is no row). */
    public static Object queryOne(String sql, Object... params) {
        try (Connection c = database(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set: run the tests with "
                    + "Maven (mvn verify), which starts the test server and sets it");
        }
        return value;
    }
}
