package org.tenfold.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code cluster}: the clinic on a Payara deployment group of two instances behind HAProxy, with the one
 * database (the embedded MariaDB, or the MySQL named by TENFOLD_DB_*): what a group practice runs, on one
 * machine. Ctrl-C stops everything it started. The cluster tests start the same thing with
 * {@link TestCluster}.
 */
final class ClusterCommand {

    static final int INSTANCES = 2;
    /** HAProxy's HTTPS port, moved by TENFOLD_PORT_OFFSET like every other. */
    static final int BALANCER_PORT = 8443;
    /** Instances are placed at offset + 9200, + 9300: the offset may not push them past the last port. */
    static final int MAX_OFFSET = 56000;
    /** Payara's data grid ports before the offset: the instances' members from 5900, the admin server's 4900. */
    static final int DATA_GRID_PORT = 5900;
    static final int DATA_GRID_DAS_PORT = 4900;

    private ClusterCommand() {
    }

    /** What runs of a cluster, in the order it is stopped. */
    record Running(LoadBalancer balancer, Cluster cluster, EmbeddedDatabase database, DevMailServer mail,
            ServerSecurity security, int balancerPort) {

        void stop() {
            try {
                if (balancer != null) {
                    balancer.stop();
                }
            } catch (Throwable e) {
                Log.warn("HAProxy did not stop cleanly: " + e.getMessage());
            }
            if (cluster != null) {
                cluster.stopQuietly();
            }
            try {
                if (database != null) {
                    database.stop();
                    Log.step("MariaDB stopped");
                }
            } catch (Throwable e) {
                Log.warn("MariaDB did not stop cleanly: " + e.getMessage());
            }
            if (mail != null) {
                mail.stop();
            }
        }
    }

    static void run(Path root, Path target) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        int offset = Launcher.portOffset(env);
        if (offset > MAX_OFFSET) {
            throw new IllegalArgumentException("TENFOLD_PORT_OFFSET is at most " + MAX_OFFSET + " for the cluster");
        }
        DatabaseSettings db = DatabaseSettings.fromEnvironment(env, Launcher.RUN_DB_PORT + offset);
        MailSettings configuredMail = MailSettings.fromEnvironment(env);
        Path dataDir = Path.of(env.getOrDefault("TENFOLD_DATA_DIR",
                System.getProperty("user.home") + "/.local/share/tenfold/mariadb"));
        if (db.embedded()) {
            EmbeddedStart.stopLeftover(dataDir, db);
            Leftovers.clearPort(db.port(), "the database", dataDir);
        }
        EmbeddedDatabase embedded = db.embedded()
                ? EmbeddedDatabase.start(target.resolve("mariadb/base"), dataDir, db) : null;
        DatabaseSettings app = embedded == null ? db : embedded.as(EmbeddedCredentials.APP_USER);
        DevMailServer devMail = configuredMail.external() ? null : DevMailServer.start();
        MailSettings mail = devMail == null ? configuredMail : configuredMail.onPort(devMail.port());
        Map<String, String> server = Launcher.serverEnvironment(env, app, env.getOrDefault("TENFOLD_DEMO_DATA", "true"),
                mail);
        server.putAll(ServerRecords.environment(env, app, embedded, dataDir, target));
        ServerSecurity security = ServerSecurity.prepare(ServerFolder.forRun(env, dataDir), TlsSettings.fromEnvironment(env),
                env);
        CountDownLatch stopped = new CountDownLatch(1);
        Running[] running = new Running[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Log.step("Shutting down…");
            try {
                if (running[0] != null) {
                    running[0].stop();
                }
            } finally {
                stopped.countDown();
            }
        }, "tenfold-cluster-shutdown"));
        try {
            if (embedded == null) {
                EmbeddedDatabase.ensureDatabase(db);
            }
            running[0] = new Running(null, null, embedded, devMail, security, BALANCER_PORT + offset);
            running[0] = bringUp(root, target, "tenfold-cluster" + (offset == 0 ? "" : "-" + offset), offset, server,
                    security, app, mail, running[0]);
        } catch (Exception e) {
            Log.warn("Start-up failed: " + e.getMessage());
            System.exit(1);
        }
        Cluster cluster = running[0].cluster();
        System.out.println();
        System.out.println("  Tenfold is running as a cluster at https://localhost:" + running[0].balancerPort() + "/ (HAProxy"
                + " in front of " + INSTANCES + " Payara instances of the deployment group '" + Cluster.GROUP + "')");
        for (int i = 1; i <= cluster.size(); i++) {
            System.out.println("    instance " + cluster.instance(i) + ": HTTP 127.0.0.1:" + cluster.instanceHttpPort(i)
                    + ", log " + cluster.instanceLog(i));
        }
        System.out.println("  Admin console (the domain's admin server): https://127.0.0.1:" + cluster.das().adminPort() + "/");
        if (security.tls().generated()) {
            System.out.println("  Its certificate was made for this installation: " + security.certificate().publicPem());
        }
        if ("true".equals(server.get("TENFOLD_DEMO_DATA"))) {
            System.out.println("  Demo logins (development only), password for each: tenfold-demo-only;"
                    + " admin, frontdesk, counsellor, counsellor2, supervisor");
            System.out.println("  Second factor of every demo account (development only): TOTP secret "
                    + Launcher.DEMO_TOTP_SECRET);
        }
        System.out.println("  Press Ctrl-C to stop.");
        System.out.println();
        Thread.currentThread().join();
        stopped.await();
    }

    /**
     * The admin server (configured from config/ as the run command's), the group with the EAR, then HAProxy;
     * returns once the sign-in page answers through the balancer. A failure stops what had started.
     */
    static Running bringUp(Path root, Path target, String domainName, int offset, Map<String, String> server,
            ServerSecurity security, DatabaseSettings app, MailSettings mail, Running base) throws Exception {
        int balancerPort = BALANCER_PORT + offset;
        server.put("TENFOLD_TLS_PROXY", "true");
        server.put("TENFOLD_TRUSTED_PROXIES", "127.0.0.1");
        server.put("TENFOLD_HTTPS_PORT", String.valueOf(balancerPort));
        PayaraDomain das = security.apply(new PayaraDomain(target.resolve("payara6"), root.resolve("config"), domainName,
                offset, server));
        das.prepareWith(new InstancesToo(das.preparation(), root.resolve("config/jvm-options"), domainName,
                DATA_GRID_PORT + offset, DATA_GRID_DAS_PORT + offset, INSTANCES));
        Cluster cluster = new Cluster(das, offset, INSTANCES);
        for (int port : List.of(das.httpPort(), das.httpsPort(), das.adminPort(), balancerPort,
                cluster.instanceHttpPort(1), cluster.instanceHttpPort(2))) {
            Leftovers.clearPort(port, "a port of the cluster", target.resolve("payara6"));
        }
        Running running = new Running(null, cluster, base.database(), base.mail(), security, balancerPort);
        try {
            cluster.clearLeftovers();
            Launcher.bringUp(root, target, das, app, mail, false);
            cluster.create();
            cluster.deploy(root.resolve("src/ear/target/tenfold.ear"));
            cluster.startGroup();
            for (int i = 1; i <= cluster.size(); i++) {
                cluster.awaitInstance(i, Duration.ofMinutes(6));
            }
            Path combined = target.resolve("cluster-" + offset).resolve("tenfold-tls-combined.pem");
            Files.createDirectories(combined.getParent());
            security.certificate().writeCombinedPem(combined);
            LoadBalancer balancer = LoadBalancer.start(target.resolve("cluster-" + offset), balancerPort, combined,
                    cluster.instanceHttpPorts());
            running = new Running(balancer, cluster, base.database(), base.mail(), security, balancerPort);
            HttpsProbe.awaitPage(URI.create("https://localhost:" + balancerPort + "/login.xhtml"),
                    security.certificate().certificate(), Duration.ofMinutes(3), balancer.config());
            return running;
        } catch (Exception e) {
            running.stop();
            throw e;
        }
    }

    /** config/jvm-options on the instances' configuration too (the default one, which the group's is copied from). */
    private record InstancesToo(PayaraDomain.Preparation hardening, Path jvmOptions, String gridName, int gridStartPort,
            int gridDasPort, int instances) implements PayaraDomain.Preparation {

        @Override
        public String editDomainXml(String xml) {
            try (var lines = Files.lines(jvmOptions)) {
                List<String> options = lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                // the server's -Xmx512m was replaced before this; the next one is default-config's
                return dataGrid(PayaraDomain.applyJvmOptions(hardening.editDomainXml(xml), options));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /**
         * The data grid of this domain alone: its members named (the admin server and the instances, on loopback)
         * rather than found, and a grid name of its own, so two domains on one machine never merge.
         */
        private String dataGrid(String xml) {
            StringBuilder members = new StringBuilder("127.0.0.1:" + gridDasPort);
            for (int i = 0; i < instances; i++) {
                members.append(",127.0.0.1:").append(gridStartPort + i);
            }
            String element = "<hazelcast-runtime-configuration ";
            int at = xml.indexOf(element);
            if (at < 0) {
                throw new IllegalStateException("domain.xml has no <hazelcast-runtime-configuration>");
            }
            at += element.length();
            return xml.substring(0, at) + "discovery-mode=\"tcpip\" tcpip-members=\"" + members + "\" cluster-group-name=\""
                    + gridName + "\" " + xml.substring(at);
        }

        @Override
        public void addFiles(Path domainDir) throws IOException {
            hardening.addFiles(domainDir);
        }
    }
}
