package org.tenfold.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.tenfold.bench.data.BenchDatabase;
import org.tenfold.bench.load.ScreenSession;
import org.tenfold.bench.load.TenfoldHttp;
import org.tenfold.bench.signin.Flood;
import org.tenfold.launcher.ServerFolder;

/**
 * Staff are never starved by strangers: a signed-in API call (front desk reads a client) and a calendar
 * render (a counsellor's week: page and events) measured on an idle server and while 20 anonymous
 * clients post wrong passwords — from one address, and each attempt from another address behind the
 * trusted proxy — in interleaved rounds of the same run. Reported as p95 of each phase over p95 on the
 * idle server; the goal is at most 3×.
 *
 * <p>{@code mvn -o -Psignin-bench -pl src/bench -am verify -DskipTests} runs it (own server on the bench
 * offset; the table is printed and saved to src/bench/target/signin-bench.md).
 */
public final class SignInFloodBench {

    private static final String PASSWORD = "tenfold-demo-only";
    private static final int FLOOD_CLIENTS = Integer.getInteger("bench.floodClients", 20);
    private static final Duration WARM_UP = Duration.ofSeconds(3);

    enum Phase { IDLE, FLOOD_ONE_ADDRESS, FLOOD_MANY_ADDRESSES }

    private final BenchSettings settings;
    private final TenfoldHttp http;
    private final Map<Phase, Map<String, List<Long>>> samples = new EnumMap<>(Phase.class);
    private final Map<Phase, Map<Integer, Long>> floodAnswers = new EnumMap<>(Phase.class);

    private SignInFloodBench(BenchSettings settings) {
        this.settings = settings;
        this.http = new TenfoldHttp(settings.httpsPort(), ServerFolder.certificate(settings.serverFolder()));
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchServer server = new BenchServer(settings);
        try {
            if (settings.startServer()) {
                server.start();
            }
            new SignInFloodBench(settings).run();
        } finally {
            if (settings.startServer()) {
                server.stop();
            }
        }
    }

    private void run() throws Exception {
        Bench.step("Waiting for " + http.base() + "/login.xhtml");
        http.awaitOk("/login.xhtml", Duration.ofMinutes(3));
        long clientId;
        try (Connection db = BenchDatabase.local(settings.databasePort()).connect();
                Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT MIN(id) FROM client")) {
            r.next();
            clientId = r.getLong(1);
        }
        http.signIn("frontdesk", PASSWORD);
        ScreenSession counsellor = ScreenSession.signIn(http, "counsellor", PASSWORD);
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ScreenSession.View week = ScreenSession.View.of(monday, monday.plusDays(7));
        HttpRequest apiCall = http.client(clientId);
        Flood flood = new Flood(http.client(), TenfoldHttp.trustingCertificate(ServerFolder.certificate(
                settings.serverFolder())), http.base(), settings.httpsPort(), "counsellor");
        Duration window = settings.window();
        for (int round = 1; round <= settings.rounds(); round++) {
            for (Phase phase : Phase.values()) {
                Bench.step("Round " + round + ": " + phase + " for " + window.toSeconds() + " s");
                measure(phase, window, flood, apiCall, counsellor, week);
            }
        }
        String table = table(window);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(settings.root().resolve("src/bench/target"));
        Files.writeString(settings.root().resolve("src/bench/target/signin-bench.md"), table);
        Bench.step("Saved to src/bench/target/signin-bench.md");
    }

    private void measure(Phase phase, Duration window, Flood flood, HttpRequest apiCall, ScreenSession counsellor,
            ScreenSession.View week) throws Exception {
        List<Thread> attackers = phase == Phase.IDLE ? List.of() : flood.start(FLOOD_CLIENTS,
                phase == Phase.FLOOD_ONE_ADDRESS ? Flood.Origin.ONE_ADDRESS : Flood.Origin.MANY_ADDRESSES,
                WARM_UP.plus(window));
        long start = System.nanoTime() + WARM_UP.toNanos();
        long end = start + window.toNanos();
        AtomicReference<String> error = new AtomicReference<>();
        Map<String, List<Long>> byCall = samples.computeIfAbsent(phase, p -> new LinkedHashMap<>());
        List<Long> api = byCall.computeIfAbsent("API: GET /api/clients/{id} (front desk, bearer token)", k -> new ArrayList<>());
        List<Long> calendar = byCall.computeIfAbsent("Calendar: a counsellor's week (page + events)", k -> new ArrayList<>());
        Thread apiThread = loop(start, end, api, error, () -> {
            HttpResponse<Void> r = http.client().send(apiCall, HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? null : "API call: HTTP " + r.statusCode();
        });
        Thread calendarThread = loop(start, end, calendar, error, () -> counsellor.render(week, "calendar")
                .send(http.client(), (tag, nanos) -> { }));
        apiThread.join();
        calendarThread.join();
        for (Thread t : attackers) {
            t.join();
        }
        if (phase != Phase.IDLE) {
            floodAnswers.merge(phase, flood.drain(), (a, b) -> {
                Map<Integer, Long> sum = new java.util.TreeMap<>(a);
                b.forEach((k, v) -> sum.merge(k, v, Long::sum));
                return sum;
            });
        }
        if (error.get() != null) {
            throw new IllegalStateException(phase + ": a staff request failed, so the figures are not valid: "
                    + error.get());
        }
    }

    /** A staff member's closed loop: one request after another, kept when it starts and ends in the window. */
    private static Thread loop(long start, long end, List<Long> into, AtomicReference<String> error, Call call) {
        Thread t = new Thread(() -> {
            while (System.nanoTime() < end) {
                long begin = System.nanoTime();
                String problem;
                try {
                    problem = call.run();
                } catch (Exception e) {
                    problem = e.toString();
                }
                long done = System.nanoTime();
                if (problem != null) {
                    error.compareAndSet(null, problem);
                    return;
                }
                if (begin >= start && done <= end) {
                    synchronized (into) {
                        into.add(done - begin);
                    }
                }
            }
        }, "staff");
        t.start();
        return t;
    }

    @FunctionalInterface
    private interface Call {
        String run() throws Exception;
    }

    private String table(Duration window) {
        StringBuilder b = new StringBuilder();
        b.append("## Sign-in flood: staff calls while ").append(FLOOD_CLIENTS).append(" anonymous clients post wrong")
                .append(" passwords\n\n");
        b.append(String.format(Locale.ROOT, "%d rounds of %d s per phase (after %d s warm-up each), phases interleaved;"
                + " %d processors. Goal: p95 under a flood at most 3× the idle p95.%n%n", settings.rounds(),
                window.toSeconds(), WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors()));
        b.append("| call | phase | n | p50 ms | p95 ms | max ms | p95 / idle p95 |\n");
        b.append("| --- | --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (String call : samples.get(Phase.IDLE).keySet()) {
            double idle = percentile(samples.get(Phase.IDLE).get(call), 0.95);
            for (Phase phase : Phase.values()) {
                List<Long> s = samples.get(phase).get(call);
                double p95 = percentile(s, 0.95);
                b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f | %s |%n", call,
                        phase.name().toLowerCase(Locale.ROOT).replace('_', ' '), s.size(), percentile(s, 0.5), p95,
                        percentile(s, 1.0), phase == Phase.IDLE ? "1.00" : String.format(Locale.ROOT, "**%.2f**",
                                p95 / idle)));
            }
        }
        b.append("\nThe flood's answers (status: count over all rounds; 401 = the attempt was checked, with a password"
                + " hash; 429 = throttled before any hashing; 503 = the hashing gate was full):\n\n");
        floodAnswers.forEach((phase, counts) -> b.append("- ").append(phase.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                .append(": ").append(counts).append(String.format(Locale.ROOT, " (%.0f attempts/s)%n",
                        counts.values().stream().mapToLong(Long::longValue).sum()
                                / (double) (settings.rounds() * (window.toSeconds() + WARM_UP.toSeconds())))));
        return b.toString();
    }

    private static double percentile(List<Long> nanos, double q) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
