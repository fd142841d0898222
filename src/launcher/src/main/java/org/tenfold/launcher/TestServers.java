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

    private static PayaraDomain domain(Path root, int offset) throws Exception {
        Path dataDir = TestDatabases.dataDir(root, offset);
        EmbeddedCredentials credentials = EmbeddedCredentials.read(dataDir);
        return Launcher.testDomain(root, target(root), new HashMap<>(),
                credentials.as(db(offset), EmbeddedCredentials.APP_USER), credentials, dataDir,
                MailSettings.forTests(offset));
    }

    /** SIGKILL to the test server's Payara; returns once it is gone. */
    public static long killPayara(Path root, int offset) throws Exception {
        Optional<ProcessHandle> p = domain(root, offset).process();
        ProcessHandle process = p.orElseThrow(() -> new IllegalStateException("the test server's Payara is not running"));
        process.destroyForcibly();
        process.onExit().join();
        return process.pid();
    }

    /** Starts the killed domain again (its deployments come back with it) and waits for the sign-in page. */
    public static void restartPayara(Path root, int offset) throws Exception {
        PayaraDomain domain = domain(root, offset);
        domain.start();
        domain.awaitPage("/login.xhtml", Duration.ofMinutes(4));
    }
}
