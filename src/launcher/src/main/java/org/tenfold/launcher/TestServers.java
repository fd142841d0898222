package org.tenfold.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Optional;

/**
 * Pulling the plug on the test server, for the crash tests: kill -9 of its database or of its Payara, and
 * starting each again as the launcher started it (same data folder, same domain, same environment).
 */
public final class TestServers {

    private TestServers() {
    }

    private static Path target(Path root) {
        return root.resolve("src/launcher/target");
    }

    private static DatabaseSettings db(int offset) {
        return DatabaseSettings.fromEnvironment(new HashMap<>(), Launcher.RUN_DB_PORT + offset);
    }

    /** SIGKILL to the test database's server process; returns once it is gone. */
    public static long killDatabase(Path root, int offset) {
        Path dataDir = TestDatabases.dataDir(root, offset);
        ProcessHandle p = EmbeddedStart.pid(EmbeddedStart.pidFile(dataDir)).flatMap(ProcessHandle::of)
                .orElseThrow(() -> new IllegalStateException("the test database is not running"));
        p.destroyForcibly();
        p.onExit().join();
        return p.pid();
    }

    public static void restartDatabase(Path root, int offset) throws Exception {
        EmbeddedDatabase.start(target(root).resolve("mariadb/base"), TestDatabases.dataDir(root, offset), db(offset));
    }

    /** The test server's hardening as start-it made it: its server folder keeps the certificate and admin password. */
    private static ServerSecurity security(Path root, int offset) throws Exception {
        return ServerSecurity.prepare(ServerFolder.forTests(root, offset), TlsSettings.forTests(), new HashMap<>());
    }

    private static PayaraDomain domain(Path root, int offset, ServerSecurity security) throws Exception {
        Path dataDir = TestDatabases.dataDir(root, offset);
        EmbeddedCredentials credentials = EmbeddedCredentials.read(dataDir);
        return Launcher.testDomain(root, target(root), new HashMap<>(),
                credentials.as(db(offset), EmbeddedCredentials.APP_USER), credentials, dataDir,
                MailSettings.forTests(offset), security);
    }

    /**
     * A data folder as the launcher made them before it had passwords: system tables installed, then the
     * server run with --skip-grant-tables, a schema with a table and a trigger created (whose definer is
     * then {@code ''@''}), and the server stopped. For the test that such a folder is secured at its next start.
     */
    public static void legacyDataFolder(Path root, Path dataDir, int port) throws Exception {
        Path base = target(root).resolve("mariadb/base");
        EmbeddedDatabase.install(base, dataDir, port);
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(base.resolve("bin/mariadbd").toString(),
                "--no-defaults", "--skip-grant-tables", "--bind-address=127.0.0.1", "--port=" + port,
                "--socket=" + dataDir.resolveSibling("legacy.sock"), "--basedir=" + base, "--datadir=" + dataDir));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling("legacy.log").toFile());
        pb.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        Process p = pb.start();
        DatabaseSettings any = new DatabaseSettings(true, "127.0.0.1", port, "tenfold", "tenfold", "anything", "DISABLED");
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(90);
        while (true) {
            try (java.sql.Connection c = EmbeddedDatabase.connect(any); java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE tenfold");
                s.execute("CREATE TABLE tenfold.legacy (id INT PRIMARY KEY, v INT)");
                s.execute("CREATE TRIGGER tenfold.legacy_bu BEFORE UPDATE ON tenfold.legacy FOR EACH ROW SET NEW.v = NEW.v + 1");
                s.execute("INSERT INTO tenfold.legacy VALUES (1, 1)");
                s.execute("SHUTDOWN");
                break;
            } catch (java.sql.SQLException e) {
                if (java.time.Instant.now().isAfter(deadline) || !p.isAlive()) {
                    throw new IllegalStateException("the legacy database did not start", e);
                }
                Thread.sleep(300);
            }
        }
        p.waitFor();
    }

    /** Starts the embedded database of a data folder as the launcher does; {@link #stop} stops it. */
    public static void start(Path root, Path dataDir, int port) throws Exception {
        EmbeddedDatabase.start(target(root).resolve("mariadb/base"), dataDir,
                DatabaseSettings.fromEnvironment(new HashMap<>(), port));
    }

    public static void stop(Path dataDir, int port) {
        EmbeddedStart.stopLeftover(dataDir, DatabaseSettings.fromEnvironment(new HashMap<>(), port));
    }

    /** SIGKILL to the test server's Payara; returns once it is gone. */
    public static long killPayara(Path root, int offset) throws Exception {
        Optional<ProcessHandle> p = domain(root, offset, security(root, offset)).process();
        ProcessHandle process = p.orElseThrow(() -> new IllegalStateException("the test server's Payara is not running"));
        process.destroyForcibly();
        process.onExit().join();
        return process.pid();
    }

    /** Starts the killed domain again (its deployments come back with it) and waits for the sign-in page. */
    public static void restartPayara(Path root, int offset) throws Exception {
        ServerSecurity security = security(root, offset);
        PayaraDomain domain = domain(root, offset, security);
        domain.start();
        Launcher.awaitSignInPage(domain, security, Duration.ofMinutes(4));
    }
}
