package org.tenfold.launcher;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The cluster for the cluster tests: the same deployment group and HAProxy as the {@code cluster} command, on a
 * throw-away database with the demo clinic, the test server's settings (short timer intervals, mail to the
 * tests' SMTP server) and every port moved by {@code offset}. One is started for all cluster tests.
 */
public final class TestCluster {

    private final ClusterCommand.Running running;
    private final Path root;
    private final int offset;

    private TestCluster(ClusterCommand.Running running, Path root, int offset) {
        this.running = running;
        this.root = root;
        this.offset = offset;
    }

    public static TestCluster start(Path root, int offset) throws Exception {
        Path target = root.resolve("src/launcher/target");
        Map<String, String> env = new HashMap<>();
        DatabaseSettings db = DatabaseSettings.fromEnvironment(env, Launcher.RUN_DB_PORT + offset);
        Path dataDir = TestDatabases.dataDir(root, offset);
        EmbeddedStart.stopLeftover(dataDir, db);
        Folders.delete(dataDir.getParent());
        ServerSecurity security = ServerSecurity.prepare(ServerFolder.forTests(root, offset), TlsSettings.forTests(), env);
        EmbeddedDatabase embedded = EmbeddedDatabase.start(target.resolve("mariadb/base"), dataDir, db);
        try {
            DatabaseSettings app = embedded.as(EmbeddedCredentials.APP_USER);
            MailSettings mail = MailSettings.forTests(offset);
            Map<String, String> server = Launcher.testEnvironment(target, env, app, embedded.credentials(), dataDir, mail);
            ClusterCommand.Running base = new ClusterCommand.Running(null, null, embedded, null, security, 0);
            return new TestCluster(ClusterCommand.bringUp(root, target, "tenfold-cluster-it-" + offset, offset, server,
                    security, app, mail, base), root, offset);
        } catch (Exception e) {
            embedded.stop();
            throw e;
        }
    }

    public void stop() {
        running.stop();
    }

    /** The door: HAProxy's HTTPS port. */
    public int balancerPort() {
        return running.balancerPort();
    }

    public int instances() {
        return running.cluster().size();
    }

    /** Instance i's own HTTP port on loopback (1-based); requests to it must say X-Forwarded-Proto: https. */
    public int instanceHttpPort(int i) {
        return running.cluster().instanceHttpPort(i);
    }

    /** The certificate HAProxy presents (PEM), the only one the tests trust. */
    public Path certificatePem() {
        return running.security().certificate().publicPem();
    }

    public Path instanceLog(int i) {
        return running.cluster().instanceLog(i);
    }

    /** SIGKILL to instance i, as a crash would; returns once it is gone. */
    public void killInstance(int i) {
        ProcessHandle p = running.cluster().instanceProcess(i)
                .orElseThrow(() -> new IllegalStateException("instance " + i + " is not running"));
        p.destroyForcibly();
        p.onExit().join();
    }

    public boolean instanceRunning(int i) {
        return running.cluster().instanceProcess(i).isPresent();
    }

    /** Starts instance i again and waits until it serves the sign-in page. */
    public void restartInstance(int i) throws Exception {
        running.cluster().startInstance(i);
        running.cluster().awaitInstance(i, java.time.Duration.ofMinutes(6));
    }

    /** The port offset it was started with (its SMTP server for the tests is MailSettings.forTests(offset)). */
    public int offset() {
        return offset;
    }

    public Path dataDir() {
        return TestDatabases.dataDir(root, offset);
    }

    public int databasePort() {
        return Launcher.RUN_DB_PORT + offset;
    }
}
