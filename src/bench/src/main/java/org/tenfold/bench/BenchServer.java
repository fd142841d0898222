package org.tenfold.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tenfold.launcher.Launcher;
import org.tenfold.launcher.ServerFolder;

/**
 * The throw-away server the benchmark measures: the launcher's {@code start-it} (a fresh MariaDB and
 * a fresh Payara domain with demo accounts, on the offset ports), then the EAR deployed with asadmin,
 * which start-it leaves to Arquillian. Stopped with {@code stop-it}, also on Ctrl-C.
 */
final class BenchServer {

    private final BenchSettings settings;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread stopOnExit = new Thread(this::stop, "bench-server-stop");

    BenchServer(BenchSettings settings) {
        this.settings = settings;
    }

    void start() throws Exception {
        Runtime.getRuntime().addShutdownHook(stopOnExit); // Ctrl-C during a run still stops the server
        Launcher.main(new String[] {"start-it"});
        deploy(settings.root().resolve("src/ear/target/tenfold.ear"));
    }

    /** Stops Payara and MariaDB once, whoever asks first: the run's finally block or the shutdown hook. */
    void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            Launcher.main(new String[] {"stop-it"});
        } catch (Exception e) {
            System.err.println("[bench] stopping the server failed: " + e.getMessage());
        }
        if (Thread.currentThread() != stopOnExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    private void deploy(Path ear) throws IOException, InterruptedException {
        if (!Files.isRegularFile(ear)) {
            throw new IllegalStateException(ear + " is missing: build it first (mvn install -DskipTests)");
        }
        Path launcherTarget = settings.root().resolve("src/launcher/target");
        Bench.step("Deploying " + ear.getFileName() + " to admin port " + settings.adminPort());
        ProcessBuilder pb = new ProcessBuilder(List.of(launcherTarget.resolve("payara6/bin/asadmin").toString(),
                "--user", "admin", "--passwordfile", ServerFolder.adminPasswordFile(settings.serverFolder()).toString(),
                "--port", String.valueOf(settings.adminPort()), "deploy", "--force=true", "--name", "tenfold",
                ear.toString())).redirectErrorStream(true);
        // asadmin writes ~/.gfclient: keep it in the build folder, where the launcher keeps its own
        pb.environment().put("AS_EXTRA_JAVA_OPTS", "-Duser.home=" + launcherTarget.resolve("asadmin-home"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("asadmin deploy failed:\n" + output);
        }
    }
}
