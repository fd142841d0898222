package org.tenfold.it.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.tenfold.it.TestServer;
import org.tenfold.launcher.TestDatabases;
import org.tenfold.launcher.TestServers;

/**
 * A development data folder made before the database had passwords (run with --skip-grant-tables) is
 * secured in place at its next start: generated passwords in a private file, root refused without its
 * password, and the old triggers (definer ''@'') still run, now as the schema owner.
 */
class LegacyDataFolderIT {

    @Test
    void anOldDataFolderIsSecuredAndKeepsWorking() throws Exception {
        int port = Integer.parseInt(System.getProperty("tenfold.db.port")) + 20;
        Path dataDir = TestServer.dataDir().resolveSibling("legacy-" + System.nanoTime()).resolve("mariadb");
        Files.createDirectories(dataDir.getParent());
        TestServers.legacyDataFolder(TestServer.root(), dataDir, port);
        assertTrue(!Files.exists(dataDir.resolve("tenfold-credentials.properties")), "an old folder has no passwords");

        TestServers.start(TestServer.root(), dataDir, port);
        try {
            Path credentials = dataDir.resolve("tenfold-credentials.properties");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)));
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                    "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED", "root", ""));
            assertEquals(1045, refused.getErrorCode(), refused.getMessage());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(
                    "jdbc:mysql://127.0.0.1:" + port + "/?sslMode=DISABLED", "tenfold", "anything"));
            try (Connection owner = TestDatabases.connect(dataDir, port, TestDatabases.Account.OWNER);
                    Statement s = owner.createStatement()) {
                s.executeUpdate("UPDATE legacy SET v = 5 WHERE id = 1");
                try (ResultSet r = s.executeQuery("SELECT v FROM legacy WHERE id = 1")) {
                    r.next();
                    assertEquals(6, r.getInt(1), "the old trigger still runs");
                }
                try (ResultSet r = s.executeQuery("SELECT definer FROM information_schema.triggers"
                        + " WHERE trigger_name = 'legacy_bu'")) {
                    r.next();
                    assertEquals("tenfold_owner@127.0.0.1", r.getString(1));
                }
            }
        } finally {
            TestServers.stop(dataDir, port);
        }
    }
}
