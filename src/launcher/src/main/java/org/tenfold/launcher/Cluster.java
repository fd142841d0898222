package org.tenfold.launcher;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Payara deployment group {@code tenfold} of instances on this machine, administered by the domain's admin
 * server (which runs no application): the instances share one configuration ({@code tenfold-config}, a copy of
 * the domain's default one with config/jvm-options), the JDBC and mail resources, the EAR, and their HTTP
 * sessions through Payara's data grid (Hazelcast). Each instance listens on loopback only; the load balancer
 * is the door.
 */
final class Cluster {

    static final String GROUP = "tenfold";
    static final String CONFIG = "tenfold-config";

    private final PayaraDomain das;
    private final int portOffset;
    private final int size;

    Cluster(PayaraDomain das, int portOffset, int size) {
        this.das = das;
        this.portOffset = portOffset;
        this.size = size;
    }

    PayaraDomain das() {
        return das;
    }

    int size() {
        return size;
    }

    /** Instance i (1-based), named after the domain so that domains side by side never share an instance folder. */
    String instance(int i) {
        return das.name() + "-" + i;
    }

    /** Every port of instance i is its port base plus Payara's usual last two digits (HTTP 80, HTTPS 81, admin 48 …). */
    int portBase(int i) {
        return portOffset + 9100 + 100 * i;
    }

    int instanceHttpPort(int i) {
        return portBase(i) + 80;
    }

    List<Integer> instanceHttpPorts() {
        List<Integer> ports = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            ports.add(instanceHttpPort(i));
        }
        return ports;
    }

    /** This domain's own node on this machine; its instances' folders lie inside the domain's folder. */
    String node() {
        return das.name() + "-node";
    }

    private Path nodeDir() {
        return das.payaraHome().resolve("glassfish/domains").resolve(das.name()).resolve("nodes");
    }

    private Path instanceDir(int i) {
        return nodeDir().resolve(node()).resolve(instance(i));
    }

    Path instanceLog(int i) {
        return instanceDir(i).resolve("logs/server.log");
    }

    /** Instance i's running process, from the pid file Payara keeps in the instance's folder. */
    Optional<ProcessHandle> instanceProcess(int i) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(instanceDir(i).resolve("config/pid")).strip()))
                    .filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Ends the instances an interrupted earlier run left behind and removes their folders. */
    void clearLeftovers() throws IOException {
        for (int i = 1; i <= size; i++) {
            instanceProcess(i).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
            if (Files.exists(instanceDir(i))) {
                Folders.delete(instanceDir(i));
            }
        }
    }

    /** The group, its configuration, its instances and its resources, on the running admin server. */
    void create() throws IOException, InterruptedException {
        StringBuilder c = new StringBuilder();
        c.append("create-node-config --nodehost localhost --nodedir ").append(nodeDir()).append(' ').append(node())
                .append('\n');
        c.append("copy-config default-config ").append(CONFIG).append('\n');
        c.append("create-deployment-group ").append(GROUP).append('\n');
        // one listener address for the whole configuration: loopback, behind the load balancer
        String listeners = "configs.config." + CONFIG + ".network-config.network-listeners.network-listener.";
        c.append("set ").append(listeners).append("http-listener-1.address=127.0.0.1\n");
        c.append("set ").append(listeners).append("http-listener-2.address=127.0.0.1\n");
        // nothing else open beyond loopback, as on the single server (DomainHardening): IIOP and JMX on loopback,
        // no JMS broker
        String config = "configs.config." + CONFIG + ".";
        for (String iiop : List.of("orb-listener-1", "SSL", "SSL_MUTUALAUTH")) {
            c.append("set ").append(config).append("iiop-service.iiop-listener.").append(iiop).append(".address=127.0.0.1\n");
        }
        c.append("set ").append(config).append("admin-service.jmx-connector.system.address=127.0.0.1\n");
        c.append("set ").append(config).append("jms-service.type=DISABLED\n");
        c.append("set ").append(listeners).append("admin-listener.address=127.0.0.1\n");
        // no product banner, as on the single server (set before the instances first start, so no listener restarts)
        String protocols = "configs.config." + CONFIG + ".network-config.protocols.protocol.";
        for (String p : List.of("http-listener-1", "http-listener-2")) {
            c.append("set ").append(protocols).append(p).append(".http.xpowered-by=false\n");
            c.append("set ").append(protocols).append(p).append(".http.server-header=false\n");
        }
        // sessions (and the JSF views in them) kept in the data grid, written at the end of every request
        String availability = "configs.config." + CONFIG + ".availability-service.";
        c.append("set ").append(availability).append("availability-enabled=true\n");
        c.append("set ").append(availability).append("web-container-availability.availability-enabled=true\n");
        c.append("set ").append(availability).append("web-container-availability.persistence-type=hazelcast\n");
        c.append("set ").append(availability).append("web-container-availability.persistence-frequency=web-method\n");
        c.append("set ").append(availability).append("web-container-availability.persistence-scope=session\n");
        c.append("set-log-levels --target ").append(CONFIG).append(" jakarta.enterprise.ejb.container=SEVERE\n");
        for (int i = 1; i <= size; i++) {
            c.append("create-instance --node ").append(node()).append(" --config ").append(CONFIG)
                    .append(" --portbase ").append(portBase(i)).append(' ').append(instance(i)).append('\n');
            c.append("add-instance-to-deployment-group --instance ").append(instance(i))
                    .append(" --deploymentgroup ").append(GROUP).append('\n');
        }
        for (String resource : List.of("jdbc/tenfold", "jdbc/tenfold-owner", "mail/tenfold")) {
            c.append("create-resource-ref --target ").append(GROUP).append(' ').append(resource).append('\n');
        }
        Path file = das.payaraHome().resolve("glassfish/domains").resolve(das.name()).resolve("config/tenfold-cluster.asadmin");
        Files.writeString(file, c, StandardCharsets.UTF_8);
        Log.step("Creating the deployment group '" + GROUP + "' of " + size + " instances");
        das.asadmin(Duration.ofMinutes(6), "--port", String.valueOf(das.adminPort()), "multimode", "--file",
                file.toString());
    }

    /** The EAR to the group, its sessions replicated (availability enabled). */
    void deploy(Path ear) throws IOException, InterruptedException {
        Log.step("Deploying " + ear.getFileName() + " to the deployment group '" + GROUP + "'");
        das.asadmin(Duration.ofMinutes(8), "--port", String.valueOf(das.adminPort()), "deploy", "--force=true",
                "--target", GROUP, "--availabilityenabled=true", "--name", "tenfold", ear.toString());
    }

    void startGroup() throws IOException, InterruptedException {
        Log.step("Starting the deployment group '" + GROUP + "' (instances on HTTP " + instanceHttpPorts() + ", loopback)");
        das.asadmin(Duration.ofMinutes(15), "--port", String.valueOf(das.adminPort()), "start-deployment-group",
                "--timeout", "900", "--instanceTimeout", "900", GROUP);
    }

    /** Starts one instance again (after it was killed), as the group's start does. */
    void startInstance(int i) throws IOException, InterruptedException {
        Log.step("Starting instance " + instance(i));
        das.asadmin(Duration.ofMinutes(10), "--port", String.valueOf(das.adminPort()), "start-instance", instance(i));
    }

    void stopGroup() throws IOException, InterruptedException {
        Log.step("Stopping the deployment group '" + GROUP + "'");
        das.asadmin(Duration.ofMinutes(4), "--port", String.valueOf(das.adminPort()), "stop-deployment-group", GROUP);
    }

    /** Stops what runs of the cluster, each part on its own: instances, then the admin server; kills what will not stop. */
    void stopQuietly() {
        try {
            stopGroup();
        } catch (Exception e) {
            Log.warn("The deployment group did not stop cleanly (" + e.getMessage() + "); ending its instances");
        }
        for (int i = 1; i <= size; i++) {
            instanceProcess(i).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
        }
        try {
            das.stop();
        } catch (Exception e) {
            Log.warn("The admin server did not stop cleanly (" + e.getMessage() + "); ending its process");
            das.process().ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * Waits until instance i serves the sign-in page on its own HTTP port, as the load balancer reaches it (the
     * request said to have come over HTTPS by the proxy on loopback).
     */
    void awaitInstance(int i, Duration timeout) throws InterruptedException {
        URI page = URI.create("http://127.0.0.1:" + instanceHttpPort(i) + "/login.xhtml");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection c = (HttpURLConnection) page.toURL().openConnection();
                c.setRequestProperty("X-Forwarded-Proto", "https");
                c.setConnectTimeout(2000);
                c.setReadTimeout(30000);
                int status = c.getResponseCode();
                c.disconnect();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Instance " + instance(i) + " did not serve " + page + " within "
                + timeout.toSeconds() + " s; see " + instanceLog(i));
    }
}
