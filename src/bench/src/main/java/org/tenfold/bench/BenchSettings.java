package org.tenfold.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a run does, from system properties (the bench profile of src/bench/pom.xml sets them; any
 * can be overridden with -D on the mvn command line). The offset moves every port of the server,
 * as the launcher's start-it does for the integration tests. {@code measured} is each scenario's total
 * measured time, split over {@code rounds}. {@code users} is the number of concurrent screen users of the
 * calendar scenarios (each with its own session), {@code bookers} the number of concurrent API clients
 * booking; the statements of a calendar render are counted after {@code appointmentsFirst} and again
 * after all {@code appointments}.
 */
record BenchSettings(Path root, int offset, int clients, int threads, Duration warmUp, Duration measured,
        int rounds, boolean startServer, Path report, int appointments, int appointmentsFirst, int users, int bookers,
        int bookingSeconds) {

    static final int DEFAULT_OFFSET = 40000;
    /** The launcher reads this property once, when its class loads: it must be set before that. */
    static final String LAUNCHER_OFFSET_PROPERTY = "tenfold.it.offset";

    static BenchSettings fromSystemProperties() {
        String offset = System.getProperty(LAUNCHER_OFFSET_PROPERTY);
        if (offset == null) {
            offset = String.valueOf(DEFAULT_OFFSET);
            System.setProperty(LAUNCHER_OFFSET_PROPERTY, offset);
        }
        Path root = Path.of(System.getProperty("tenfold.root", ".")).toAbsolutePath().normalize();
        return new BenchSettings(root, Integer.parseInt(offset),
                Integer.getInteger("bench.clients", 100_000),
                Integer.getInteger("bench.threads", 8),
                Duration.ofSeconds(Integer.getInteger("bench.warmupSeconds", 10)),
                Duration.ofSeconds(Integer.getInteger("bench.seconds", 30)),
                Math.max(1, Integer.getInteger("bench.rounds", 3)),
                Boolean.parseBoolean(System.getProperty("bench.startServer", "true")),
                Path.of(System.getProperty("bench.report", root.resolve("src/bench/target/bench-results.md").toString())),
                Integer.getInteger("bench.appointments", 100_000),
                Integer.getInteger("bench.appointmentsFirst", 1_000),
                Integer.getInteger("bench.users", 20),
                Integer.getInteger("bench.bookers", 20),
                Integer.getInteger("bench.bookingSeconds", 20));
    }

    /** One round's measured window of one scenario. */
    Duration window() {
        return measured.dividedBy(rounds);
    }

    int httpPort() {
        return 8080 + offset;
    }

    int httpsPort() {
        return 8181 + offset;
    }

    /** The bench server's secrets folder: its admin password and the certificate the bench trusts. */
    Path serverFolder() {
        return org.tenfold.launcher.ServerFolder.forTests(root(), offset);
    }

    int adminPort() {
        return 4848 + offset;
    }

    /** The launcher's embedded MariaDB: its usual 3307 plus the offset. */
    int databasePort() {
        return 3307 + offset;
    }
}
