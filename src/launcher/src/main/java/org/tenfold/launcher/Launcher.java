package org.tenfold.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code run}: the embedded MariaDB (or the external MySQL named by TENFOLD_DB_*), a Payara domain
 * configured from config/, the EAR deployed at http://localhost:8080/ with the demo clinic; waits
 * for Ctrl-C, then stops both. {@code start-it} / {@code stop-it}: the same on other ports with a
 * throw-away database, for the integration tests (Arquillian deploys into it).
 */
public final class Launcher {

    static final int RUN_DB_PORT = 3307;
    /** Sign-in attempts per address the test server allows before it throttles (production: 20). */
    public static final int TEST_ADDRESS_ATTEMPTS = 60;
    /** ... and one more every minute (production: every 3 s), so the count is exact while a test counts. */
    public static final int TEST_ADDRESS_REFILL_SECONDS = 60;
    /** The demo accounts' TOTP secret, development only (the same in the services' demo data and in README). */
    static final String DEMO_TOTP_SECRET = "TENFOLDDEMOONLYDEVELOPMENTXXXXXX";
    /** Test servers move every port by this much (default 10000), so a running app is left alone. */
    static final int IT_OFFSET = Integer.getInteger("tenfold.it.offset", 10000);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "run" : args[0];
        Path root = Path.of(System.getProperty("tenfold.root", ".")).toAbsolutePath().normalize();
        Path target = root.resolve("src/launcher/target");
        switch (command) {
            case "run" -> run(root, target);
            case "start-it" -> startForTests(root, target);
            case "stop-it" -> stopForTests(root, target);
            case "cluster" -> ClusterCommand.run(root, target);
            case "verify-audit" -> System.exit(RecordsCommands.verifyAudit(System.getenv()));
            case "backup" -> System.exit(RecordsCommands.backup(target, System.getenv()));
            case "restore" -> System.exit(RecordsCommands.restore(root, args, System.getenv()));
            default -> {
                System.err.println("usage: Launcher run|cluster|start-it|stop-it|verify-audit|backup|restore");
                System.exit(2);
            }
        }
    }

    private static void run(Path root, Path target) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        int offset = portOffset(env);
        DatabaseSettings db = DatabaseSettings.fromEnvironment(env, RUN_DB_PORT + offset);
        MailSettings configuredMail = MailSettings.fromEnvironment(env);
        Path dataDir = Path.of(env.getOrDefault("TENFOLD_DATA_DIR",
                System.getProperty("user.home") + "/.local/share/tenfold/mariadb"));
        // ports held by what an earlier run left behind are freed before anything of this run starts
        if (db.embedded()) {
            if (EmbeddedStart.stopLeftover(dataDir, db)) {
                Log.step("Stopped a database left running on port " + db.port() + " by an earlier run");
            }
            Leftovers.clearPort(db.port(), "the database", dataDir);
        }
        Leftovers.clearPort(8080 + offset, "Payara's HTTP port", target.resolve("payara6"));
        Leftovers.clearPort(8181 + offset, "Payara's HTTPS port", target.resolve("payara6"));
        Leftovers.clearPort(4848 + offset, "Payara's admin port", target.resolve("payara6"));
        EmbeddedDatabase embedded = db.embedded()
                ? EmbeddedDatabase.start(target.resolve("mariadb/base"), dataDir, db) : null;
        DatabaseSettings app = embedded == null ? db : embedded.as(EmbeddedCredentials.APP_USER);
        DevMailServer devMail = configuredMail.external() ? null : DevMailServer.start();
        MailSettings mail = devMail == null ? configuredMail : configuredMail.onPort(devMail.port());
        Map<String, String> server = serverEnvironment(env, app, env.getOrDefault("TENFOLD_DEMO_DATA", "true"), mail);
        server.putAll(ServerRecords.environment(env, app, embedded, dataDir, target));
        ServerSecurity security = ServerSecurity.prepare(ServerFolder.forRun(env, dataDir), TlsSettings.fromEnvironment(env),
                env);
        PayaraDomain domain = security.apply(new PayaraDomain(target.resolve("payara6"), root.resolve("config"),
                offset == 0 ? "tenfold" : "tenfold-run-" + offset, offset, server));
        security.addTo(server, domain.httpsPort());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<EmbeddedDatabase> database = new AtomicReference<>(embedded);
        AtomicReference<Watchdog> watchdog = new AtomicReference<>();
        // every step on its own: a failure (even in printing) never keeps the next server running
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (watchdog.get() != null) {
                watchdog.get().stop();
            }
            Log.step("Shutting down…");
            try {
                domain.stop();
            } catch (Throwable e) {
                Log.warn("Payara did not stop cleanly (" + e.getMessage() + "); ending its process");
                domain.process().ifPresent(ProcessHandle::destroyForcibly);
            }
            try {
                if (database.get() != null) {
                    database.get().stop();
                    Log.step("MariaDB stopped; the data stays in " + dataDir);
                }
            } catch (Throwable e) {
                Log.warn("MariaDB did not stop cleanly: " + e.getMessage());
            }
            try {
                if (devMail != null) {
                    devMail.stop();
                }
            } finally {
                stopped.countDown();
            }
        }, "tenfold-shutdown"));
        try {
            if (embedded == null) {
                EmbeddedDatabase.ensureDatabase(db);
            }
            bringUp(root, target, domain, app, mail, true);
            awaitSignInPage(domain, security, Duration.ofMinutes(2));
        } catch (Exception e) {
            Log.warn("Start-up failed: " + e.getMessage());
            System.exit(1);
        }
        watchdog.set(Watchdog.start(watched(domain, security, database, target, dataDir, db)));
        boolean demo = "true".equals(domain.environmentValue("TENFOLD_DEMO_DATA"));
        System.out.println();
        System.out.println("  Tenfold is running at https://localhost:" + domain.httpsPort() + "/ (http://localhost:"
                + domain.httpPort() + "/ redirects there)");
        if (security.tls().generated()) {
            System.out.println("  Its certificate was made for this installation; to make browsers trust it, see"
                    + " src/site/markdown/security.md: " + security.certificate().publicPem());
        }
        if (demo) {
            System.out.println("  Demo logins (development only), password for each: tenfold-demo-only");
            System.out.println("    admin        administrator: staff accounts, settings, audit log");
            System.out.println("    frontdesk    front desk: clients and contact data");
            System.out.println("    counsellor   counsellor");
            System.out.println("    counsellor2  counsellor");
            System.out.println("    supervisor   supervisor and counsellor");
            System.out.println("  Second factor of every demo account (development only): TOTP secret "
                    + DEMO_TOTP_SECRET + " (any authenticator app, or oathtool --totp -b " + DEMO_TOTP_SECRET + ")");
        }
        if (devMail != null) {
            System.out.println("  Mail (appointment reminders) is caught here, not sent: each message's recipient and"
                    + " subject is printed below.");
        }
        System.out.println("  Server log: " + domain.serverLog());
        System.out.println("  Press Ctrl-C to stop.");
        System.out.println();
        Thread.currentThread().join(); // until Ctrl-C runs the shutdown hook
        stopped.await();
    }

    /**
     * {@code TENFOLD_PORT_OFFSET} moves every port of the run command (HTTP 8080, HTTPS 8181, admin 4848, the
     * embedded database 3307, Payara's internal ones) by the same amount, so a second copy can run beside the
     * first; its Payara domain gets its own name.
     */
    static int portOffset(Map<String, String> env) {
        String value = env.getOrDefault("TENFOLD_PORT_OFFSET", "0").strip();
        int offset;
        try {
            offset = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            offset = -1;
        }
        if (offset < 0 || offset > 57000) {
            throw new IllegalArgumentException("TENFOLD_PORT_OFFSET must be a whole number from 0 to 57000, not '"
                    + value + "'");
        }
        return offset;
    }

    /** What the run command's watchdog watches: Payara, and the embedded database when there is one. */
    private static Watchdog.Watched[] watched(PayaraDomain domain, ServerSecurity security,
            AtomicReference<EmbeddedDatabase> database,
            Path target, Path dataDir, DatabaseSettings db) {
        Watchdog.Watched payara = new Watchdog.Watched("Payara", domain::process, () -> {
            domain.start();
            awaitSignInPage(domain, security, Duration.ofMinutes(3));
            return null;
        }, domain.serverLog().toString());
        if (database.get() == null) {
            return new Watchdog.Watched[] {payara};
        }
        Watchdog.Watched mariadb = new Watchdog.Watched("MariaDB",
                () -> Optional.of(database.get().process().toHandle()), () -> {
                    database.set(EmbeddedDatabase.start(target.resolve("mariadb/base"), dataDir, db));
                    return null;
                }, dataDir.resolveSibling(dataDir.getFileName() + ".log").toString());
        return new Watchdog.Watched[] {mariadb, payara};
    }

    private static void startForTests(Path root, Path target) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("TENFOLD_")); // tests never touch a configured database
        DatabaseSettings db = DatabaseSettings.fromEnvironment(env, RUN_DB_PORT + IT_OFFSET);
        Path dataDir = target.resolve("it-mariadb-" + IT_OFFSET + "/data");
        EmbeddedStart.stopLeftover(dataDir, db); // one left running by an interrupted earlier run
        Folders.delete(dataDir.getParent());
        Path serverFolder = ServerFolder.forTests(root, IT_OFFSET);
        ServerSecurity security = ServerSecurity.prepare(serverFolder, TlsSettings.forTests(), env);
        EmbeddedDatabase embedded = EmbeddedDatabase.start(target.resolve("mariadb/base"), dataDir, db);
        DatabaseSettings app = embedded.as(EmbeddedCredentials.APP_USER);
        MailSettings mail = MailSettings.forTests(IT_OFFSET);
        PayaraDomain domain = testDomain(root, target, env, app, embedded.credentials(), dataDir, mail, security);
        try {
            bringUp(root, target, domain, app, mail, false);
            security.writeTestProperties(serverFolder.resolve("test-server.properties"));
        } catch (Exception e) {
            // the build stops here and never runs stop-it: leave nothing running behind it (a server that
            // failed its start may never open its admin port, so stop-domain cannot reach it)
            domain.stopQuietly();
            domain.process().ifPresent(ProcessHandle::destroyForcibly);
            embedded.stop();
            throw e;
        }
        Log.step("Test server ready: HTTPS " + domain.httpsPort() + ", HTTP " + domain.httpPort() + ", admin 127.0.0.1:"
                + domain.adminPort() + ", database " + db.port());
    }

    /**
     * The test server's domain, hardened as the run command's is (HTTPS with its certificate, the admin
     * password), and what its process sees; also for a test that restarts a killed server.
     */
    static PayaraDomain testDomain(Path root, Path target, Map<String, String> env, DatabaseSettings app,
            EmbeddedCredentials credentials, Path dataDir, MailSettings mail, ServerSecurity security)
            throws java.io.IOException {
        Map<String, String> server = testEnvironment(target, env, app, credentials, dataDir, mail);
        PayaraDomain domain = security.apply(new PayaraDomain(target.resolve("payara6"), root.resolve("config"),
                "tenfold-it-" + IT_OFFSET, IT_OFFSET, server));
        security.addTo(server, domain.httpsPort());
        return domain;
    }

    /** What a test server's processes see: the demo clinic, short timer intervals, larger sign-in allowances. */
    static Map<String, String> testEnvironment(Path target, Map<String, String> env, DatabaseSettings app,
            EmbeddedCredentials credentials, Path dataDir, MailSettings mail) throws java.io.IOException {
        Map<String, String> server = serverEnvironment(env, app, "true", mail);
        server.putAll(ServerRecords.environment(Map.of("TENFOLD_AUDIT_CHECKPOINT_SECONDS", "5"), app, credentials, dataDir,
                target));
        server.put("TENFOLD_REMINDERS_INTERVAL_SECONDS", "5"); // tests wait for the timer, not a minute
        server.put("TENFOLD_MEASURES_INTERVAL_SECONDS", "3"); // questionnaire links: seconds, not a minute
        server.put("TENFOLD_REPORT_BATCHES_RECOVERY_SECONDS", "2"); // resumed batches: tests wait seconds, not a minute
        // ClientAddressIT connects from 127.0.0.2 as a reverse proxy would; no other test connects from there
        server.put("TENFOLD_TRUSTED_PROXIES", "127.0.0.2");
        // calendar feed UIDs carry the clinic's host name, whatever address the feed is read through
        server.put("TENFOLD_CLINIC_HOST", "clinic.test");
        // every test signs in from 127.0.0.1, some of them wrongly on purpose: a larger allowance per address
        // (the throttle's own test counts to it from addresses a trusted proxy names)
        server.put("TENFOLD_SIGN_IN_ADDRESS_ATTEMPTS", String.valueOf(TEST_ADDRESS_ATTEMPTS));
        server.put("TENFOLD_SIGN_IN_ADDRESS_REFILL_SECONDS", String.valueOf(TEST_ADDRESS_REFILL_SECONDS));
        return server;
    }

    /** Waits until the sign-in page answers 200 over HTTPS (with the installation's certificate), warm-up included. */
    static void awaitSignInPage(PayaraDomain domain, ServerSecurity security, Duration timeout) throws Exception {
        HttpsProbe.awaitPage(java.net.URI.create("https://localhost:" + domain.httpsPort() + "/login.xhtml"),
                security.certificate().certificate(), timeout, domain.serverLog());
    }

    private static void stopForTests(Path root, Path target) throws Exception {
        Map<String, String> env = new HashMap<>();
        DatabaseSettings db = DatabaseSettings.fromEnvironment(env, RUN_DB_PORT + IT_OFFSET);
        PayaraDomain domain = new PayaraDomain(target.resolve("payara6"), root.resolve("config"), "tenfold-it-" + IT_OFFSET,
                IT_OFFSET, env);
        Path password = AdminAccess.existingFile(ServerFolder.forTests(root, IT_OFFSET));
        if (password == null) {
            domain.stopQuietly();
        } else {
            domain.signInWith(password).stop();
        }
        if (EmbeddedStart.stopLeftover(target.resolve("it-mariadb-" + IT_OFFSET + "/data"), db)) {
            Log.step("Test database stopped");
        }
    }

    static void bringUp(Path root, Path target, PayaraDomain domain, DatabaseSettings db, MailSettings mail,
            boolean deploy) throws Exception {
        domain.create(target.resolve("domain-lib/mysql-connector-j.jar"));
        domain.start();
        Map<String, String> placeholders = new HashMap<>(mail.placeholders());
        placeholders.putAll(Map.of(
                "DB_HOST", db.host(),
                "DB_PORT", String.valueOf(db.port()),
                "DB_NAME", db.name(),
                "DB_USER", db.user(),
                "DB_OWNER_USER", domain.environmentValue("TENFOLD_DB_OWNER_USER"),
                "DB_SSL_MODE", db.sslMode()));
        domain.configure(placeholders);
        if (deploy) {
            Path ear = root.resolve("src/ear/target/tenfold.ear");
            if (!Files.exists(ear)) {
                throw new IllegalStateException(ear + " is missing: build with mvn -Prun package");
            }
            domain.deploy(ear);
        }
    }

    /** What the server process sees: the database and mail passwords stay out of domain.xml. */
    static Map<String, String> serverEnvironment(Map<String, String> env, DatabaseSettings db, String demo,
            MailSettings mail) {
        Map<String, String> server = new HashMap<>();
        server.put("TENFOLD_DB_PASSWORD", db.password());
        server.put("TENFOLD_SMTP_PASSWORD", mail.password());
        if (env.containsKey("TENFOLD_REMINDERS_INTERVAL_SECONDS")) {
            server.put("TENFOLD_REMINDERS_INTERVAL_SECONDS", env.get("TENFOLD_REMINDERS_INTERVAL_SECONDS"));
        }
        for (String name : new String[] {"TENFOLD_REPORT_BATCHES_RECOVERY_SECONDS", "TENFOLD_REPORT_BATCHES_STALE_SECONDS",
                "TENFOLD_TRUSTED_PROXIES", "TENFOLD_MEASURES_INTERVAL_SECONDS", "TENFOLD_CLINIC_HOST"}) {
            if (env.containsKey(name)) {
                server.put(name, env.get(name));
            }
        }
        server.put("TENFOLD_DEMO_DATA", env.getOrDefault("TENFOLD_DEMO_DATA", demo));
        if (env.containsKey("TENFOLD_ADMIN_PASSWORD")) {
            server.put("TENFOLD_ADMIN_PASSWORD", env.get("TENFOLD_ADMIN_PASSWORD"));
        }
        return server;
    }
}
