package org.tenfold.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code threads} workers each send one request, wait for the whole response, and
 * send the next, first for the warm-up (JIT, pools, caches; not recorded), then for the measured
 * window. A request counts when it both starts and ends inside the window. Closed-loop means a slow
 * server is offered less load, so the percentiles are those of a fixed number of busy users, not of
 * a fixed arrival rate; the same holds for the floor, which keeps the ratios fair.
 */
public final class LoadDriver {

    private final HttpClient http;
    private final int threads;
    private final Duration warmUp;
    private final Duration measured;

    public LoadDriver(HttpClient http, int threads, Duration warmUp, Duration measured) {
        this.http = http;
        this.threads = threads;
        this.warmUp = warmUp;
        this.measured = measured;
    }

    public ScenarioResult run(Scenario scenario) throws InterruptedException {
        long measureStart = System.nanoTime() + warmUp.toNanos();
        long measureEnd = measureStart + measured.toNanos();
        AtomicReference<String> firstError = new AtomicReference<>();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Worker w = new Worker(scenario, new Random(31L * i + scenario.name().hashCode()), measureStart,
                    measureEnd, firstError);
            workers.add(w);
        }
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            Thread t = new Thread(workers.get(i), "load-" + scenario.name() + "-" + i);
            t.start();
            running.add(t);
        }
        for (Thread t : running) {
            t.join();
        }
        return summarise(scenario.name(), workers, measured.toNanos() / 1e9, firstError.get());
    }

    private static ScenarioResult summarise(String name, List<Worker> workers, double seconds, String firstError) {
        Map<String, List<Latencies>> byTag = new TreeMap<>();
        Map<String, Long> errorsByTag = new HashMap<>();
        List<Latencies> all = new ArrayList<>();
        long errors = 0;
        for (Worker w : workers) {
            w.latencies.forEach((tag, l) -> {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(l);
                all.add(l);
            });
            w.errors.forEach((tag, n) -> errorsByTag.merge(tag, n, Long::sum));
            errors += w.errors.values().stream().mapToLong(Long::longValue).sum();
        }
        Map<String, Measurement> tagged = new TreeMap<>();
        byTag.forEach((tag, parts) -> tagged.put(tag,
                Measurement.of(tag, Latencies.mergeSorted(parts), errorsByTag.getOrDefault(tag, 0L), seconds)));
        return new ScenarioResult(Measurement.of(name, Latencies.mergeSorted(all), errors, seconds), tagged, firstError);
    }

    private final class Worker implements Runnable {
        private final Scenario scenario;
        private final Random random;
        private final long measureStart;
        private final long measureEnd;
        private final AtomicReference<String> firstError;
        final Map<String, Latencies> latencies = new HashMap<>();
        final Map<String, Long> errors = new HashMap<>();

        Worker(Scenario scenario, Random random, long measureStart, long measureEnd,
                AtomicReference<String> firstError) {
            this.scenario = scenario;
            this.random = random;
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
            this.firstError = firstError;
        }

        @Override
        public void run() {
            while (System.nanoTime() < measureEnd && !Thread.currentThread().isInterrupted()) {
                Probe probe = scenario.next().apply(random);
                long start = System.nanoTime();
                String error = send(probe);
                long end = System.nanoTime();
                if (start >= measureStart && end <= measureEnd) {
                    latencies.computeIfAbsent(probe.tag(), k -> new Latencies()).add(end - start);
                    if (error != null) {
                        errors.merge(probe.tag(), 1L, Long::sum);
                        firstError.compareAndSet(null, probe.tag() + " " + probe.request().uri() + ": " + error);
                    }
                }
            }
        }

        /** Null when the answer was a 2xx; the body is read to the end so the connection is reused. */
        private String send(Probe probe) {
            try {
                HttpResponse<Void> response = http.send(probe.request(), HttpResponse.BodyHandlers.discarding());
                return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }
}
