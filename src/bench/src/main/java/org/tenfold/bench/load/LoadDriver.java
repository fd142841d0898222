package org.tenfold.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Closed-loop load: {@code threads} workers each send one request, wait for the whole response, and
 * send the next, first for the warm-up (JIT, pools, caches; not recorded), then for the measured
 * window. A request counts when it both starts and ends inside the window. Closed-loop means a slow
 * server is offered less load, so the percentiles are those of a fixed number of busy users, not of
 * a fixed arrival rate; the same holds for the floor, which keeps the ratios fair. Each thread is one
 * user with its own stream of probes (see {@link Scenario#forUser(int)}); parts of a probe that report
 * their own latency ("laps") are kept beside the probe's.
 */
public final class LoadDriver {

    private final HttpClient http;
    private final int threads;

    public LoadDriver(HttpClient http, int threads) {
        this.http = http;
        this.threads = threads;
    }

    /** Runs the scenario for the warm-up, then records it for the measured window. */
    public Samples run(Scenario scenario, Duration warmUp, Duration measured) throws InterruptedException {
        long measureStart = System.nanoTime() + warmUp.toNanos();
        long measureEnd = measureStart + measured.toNanos();
        List<Worker> workers = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Worker w = new Worker(scenario.forUser(i), new Random(31L * i + System.nanoTime()), measureStart,
                    measureEnd);
            workers.add(w);
            Thread t = new Thread(w, "load-" + scenario.name() + "-" + i);
            t.start();
            running.add(t);
        }
        for (Thread t : running) {
            t.join();
        }
        Samples samples = new Samples();
        samples.addSeconds(measured.toNanos() / 1e9);
        for (Worker w : workers) {
            w.latencies.forEach((tag, l) -> samples.add(tag, l, w.errors.getOrDefault(tag, 0L)));
            w.laps.forEach(samples::addLap);
            if (w.firstError != null) {
                samples.error(w.firstError);
            }
        }
        return samples;
    }

    private final class Worker implements Runnable {
        private final Function<Random, Probe> scenario;
        private final Random random;
        private final long measureStart;
        private final long measureEnd;
        final Map<String, Latencies> latencies = new HashMap<>();
        final Map<String, Latencies> laps = new HashMap<>();
        final Map<String, Long> errors = new HashMap<>();
        String firstError;

        Worker(Function<Random, Probe> scenario, Random random, long measureStart, long measureEnd) {
            this.scenario = scenario;
            this.random = random;
            this.measureStart = measureStart;
            this.measureEnd = measureEnd;
        }

        @Override
        public void run() {
            while (System.nanoTime() < measureEnd && !Thread.currentThread().isInterrupted()) {
                Probe probe = scenario.apply(random);
                List<Object[]> parts = new ArrayList<>(2);
                long start = System.nanoTime();
                String error = send(probe, (tag, nanos) -> parts.add(new Object[] {tag, nanos}));
                long end = System.nanoTime();
                if (start >= measureStart && end <= measureEnd) {
                    latencies.computeIfAbsent(probe.tag(), k -> new Latencies()).add(end - start);
                    for (Object[] part : parts) {
                        laps.computeIfAbsent((String) part[0], k -> new Latencies()).add((Long) part[1]);
                    }
                    if (error != null) {
                        errors.merge(probe.tag(), 1L, Long::sum);
                        if (firstError == null) {
                            firstError = probe.tag() + " " + probe.description() + ": " + error;
                        }
                    }
                }
            }
        }

        /** Null when the exchange went as expected. */
        private String send(Probe probe, Exchange.Laps parts) {
            try {
                return probe.exchange().send(http, parts);
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }
}
