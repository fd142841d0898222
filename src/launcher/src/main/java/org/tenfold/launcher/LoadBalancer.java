package org.tenfold.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy from the distribution's packages in front of the instances of a deployment group: it ends TLS with the
 * installation's certificate, says so to the instances ({@code X-Forwarded-Proto}, {@code X-Forwarded-For}), sends
 * each browser back to the instance that served it (a cookie naming the instance), checks every instance's
 * {@code /health/ready} and, when one stops answering, sends the next request to another (the session is in the
 * data grid, so the user stays signed in).
 */
final class LoadBalancer {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    /** The cookie that names the instance a browser was last served by. */
    static final String COOKIE = "TENFOLD_NODE";

    private final Process process;
    private final Path config;

    private LoadBalancer(Process process, Path config) {
        this.process = process;
        this.config = config;
    }

    /** HAProxy's configuration: HTTPS on {@code port}, the instances on loopback on their HTTP ports. */
    static String config(int port, Path combinedPem, List<Integer> instancePorts) {
        StringBuilder c = new StringBuilder();
        c.append("# Written by the Tenfold launcher's cluster mode; made afresh at every start.\n")
                .append("global\n")
                .append("    maxconn 4000\n")
                .append("    ssl-default-bind-options ssl-min-ver TLSv1.2\n")
                .append("defaults\n")
                .append("    mode http\n")
                .append("    option forwardfor\n")
                // a request that finds its instance gone is sent to another one instead of failing
                .append("    option redispatch\n")
                .append("    retries 3\n")
                .append("    timeout connect 3s\n")
                .append("    timeout client 120s\n")
                .append("    timeout server 120s\n")
                .append("    timeout http-request 30s\n")
                // a busy instance answers its health check slowly: only three missed checks in a row take it out
                .append("    timeout check 10s\n")
                .append("frontend tenfold-https\n")
                .append("    bind :").append(port).append(" ssl crt ").append(combinedPem).append(" alpn http/1.1\n")
                .append("    http-request set-header X-Forwarded-Proto https\n")
                // the instances see plain HTTP: a redirect they make absolute names http://, which the browser must
                // never follow in the clear
                .append("    http-response replace-header Location ^http://(.*)$ https://\\1\n")
                .append("    default_backend tenfold\n")
                .append("backend tenfold\n")
                .append("    balance roundrobin\n")
                .append("    cookie ").append(COOKIE).append(" insert indirect nocache secure httponly attr SameSite=Lax\n")
                .append("    option httpchk\n")
                .append("    http-check send meth GET uri /health/ready hdr X-Forwarded-Proto https\n")
                .append("    http-check expect status 200\n");
        for (int i = 0; i < instancePorts.size(); i++) {
            c.append("    server instance-").append(i + 1).append(" 127.0.0.1:").append(instancePorts.get(i))
                    .append(" check inter 2s fall 3 rise 2 cookie instance-").append(i + 1).append('\n');
        }
        return c.toString();
    }

    /** Installs HAProxy with apt-get when it is missing (as root on Debian), or says how to. */
    static void ensureInstalled() throws IOException, InterruptedException {
        if (Files.isExecutable(HAPROXY)) {
            return;
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            throw new IllegalStateException("The cluster needs HAProxy: install Debian's haproxy package"
                    + " (sudo apt-get install haproxy)");
        }
        Log.step("Installing HAProxy (apt-get install haproxy)");
        if (aptGet("install", "-y", "haproxy") != 0 && (aptGet("update") != 0 || aptGet("install", "-y", "haproxy") != 0)) {
            throw new IllegalStateException("apt-get could not install haproxy; install it by hand");
        }
    }

    private static int aptGet(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("apt-get", "-q"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
        return pb.start().waitFor();
    }

    /** Writes the configuration, checks it with HAProxy itself and starts HAProxy in the foreground of its own process. */
    static LoadBalancer start(Path folder, int port, Path combinedPem, List<Integer> instancePorts)
            throws IOException, InterruptedException {
        ensureInstalled();
        Files.createDirectories(folder);
        Path config = folder.resolve("haproxy.cfg");
        Files.writeString(config, config(port, combinedPem, instancePorts), StandardCharsets.UTF_8);
        Path log = folder.resolve("haproxy.log");
        Process check = new ProcessBuilder(HAPROXY.toString(), "-c", "-q", "-f", config.toString()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (check.waitFor() != 0) {
            throw new IllegalStateException("HAProxy refused its configuration " + config + ":\n" + Files.readString(log));
        }
        Log.step("Starting HAProxy on HTTPS " + port + " in front of instances on " + instancePorts);
        Process p = new ProcessBuilder(Sessions.SETSID, HAPROXY.toString(), "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (p.waitFor(1, TimeUnit.SECONDS)) {
            throw new IllegalStateException("HAProxy stopped at once:\n" + Files.readString(log));
        }
        return new LoadBalancer(p, config);
    }

    Path config() {
        return config;
    }

    void stop() throws InterruptedException {
        Log.step("Stopping HAProxy");
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
