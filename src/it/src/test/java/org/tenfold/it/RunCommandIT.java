package org.tenfold.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, as a clinic's first try of it: the launcher's run mode on an empty data folder
 * starts the database and Payara, loads the demo clinic, prints the address and the logins, serves the sign-in
 * page over its own certificate, and stops everything it started when asked to (as Ctrl-C does). It runs
 * beside the test server with every port moved ({@code TENFOLD_PORT_OFFSET}), so a running app is left alone.
 */
class RunCommandIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(8);
    private static final Pattern RUNNING = Pattern.compile("Tenfold is running at (https://localhost:(\\d+)/)");

    @Test
    void theRunCommandStartsTheDemoClinicAndStopsEverythingItStarted() throws Exception {
        int offset = Integer.parseInt(System.getProperty("tenfold.it.offset", "10000")) + 5000;
        Path work = TestServer.root().resolve("src/it/target/run-command-" + offset);
        deleteTree(work);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dtenfold.root=" + TestServer.root(), "-cp", System.getProperty("java.class.path"),
                "org.tenfold.launcher.Launcher", "run").redirectErrorStream(true);
        Files.createDirectories(work);
        Path log = work.resolve("run.log");
        pb.redirectOutput(log.toFile());
        pb.environment().put("TENFOLD_PORT_OFFSET", String.valueOf(offset));
        pb.environment().put("TENFOLD_DATA_DIR", work.resolve("mariadb").toString());
        pb.environment().put("TENFOLD_SERVER_DIR", work.resolve("server").toString());
        pb.environment().put("TENFOLD_BACKUP_DIR", work.resolve("backups").toString());
        List.of("TENFOLD_DB_HOST", "TENFOLD_SMTP_HOST", "TENFOLD_DEMO_DATA").forEach(pb.environment()::remove);
        Process run = pb.start();
        try {
            Matcher running = awaitLine(run, log, RUNNING, START_LIMIT);
            int https = Integer.parseInt(running.group(2));
            assertEquals(8181 + offset, https, "the HTTPS port is moved by the offset");
            awaitLine(run, log, Pattern.compile("Press Ctrl-C to stop"), Duration.ofSeconds(30));
            String printed = Files.readString(log);
            for (String login : List.of("admin", "frontdesk", "counsellor", "counsellor2", "supervisor")) {
                assertTrue(Pattern.compile("(?m)^\\s+" + login + "\\s").matcher(printed).find(),
                        "the demo login " + login + " is printed:\n" + printed);
            }
            assertTrue(printed.contains("development only"), printed);

            HttpClient client = HttpClient.newBuilder().sslContext(trusting(work.resolve("server")))
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(running.group(1)
                    + "login.xhtml")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("j_password") || page.body().contains("type=\"password\""),
                    "the sign-in page asks for a password");
            HttpResponse<String> plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                    .send(HttpRequest.newBuilder(URI.create("http://localhost:" + (8080 + offset) + "/")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(301, plain.statusCode(), "plain HTTP is sent to HTTPS");
        } finally {
            run.destroy(); // SIGTERM: the shutdown hook stops Payara and the database
            if (!run.waitFor(3, TimeUnit.MINUTES)) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
                fail("the run command did not stop within 3 minutes:\n" + Files.readString(log));
            }
        }
        String printed = Files.readString(log);
        assertTrue(printed.contains("MariaDB stopped"), "the database is stopped:\n" + printed);
        for (int port : new int[] {8080 + offset, 8181 + offset, 4848 + offset, 3307 + offset}) {
            assertFalse(listening(port), "port " + port + " is free after the run command stopped:\n" + printed);
        }
    }

    /** Waits for a line of the run command's output, while it runs, up to a limit. */
    private static Matcher awaitLine(Process run, Path log, Pattern pattern, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            String printed = Files.exists(log) ? Files.readString(log) : "";
            Matcher m = pattern.matcher(printed);
            if (m.find()) {
                return m;
            }
            if (printed.contains("Start-up failed") || !run.isAlive()) {
                fail("the run command failed to start:\n" + printed);
            }
            if (System.nanoTime() > deadline) {
                fail("the run command printed no line matching '" + pattern + "' within " + limit + ":\n" + printed);
            }
            try {
                run.onExit().get(500, TimeUnit.MILLISECONDS); // returns at once if it ends meanwhile
            } catch (TimeoutException stillRunning) {
                // look at its output again
            }
        }
    }

    /** Trusts exactly the certificate the run command made for this installation. */
    private static SSLContext trusting(Path serverDir) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream pem = Files.newInputStream(serverDir.resolve("tenfold-certificate.pem"))) {
            trust.setCertificateEntry("run", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
