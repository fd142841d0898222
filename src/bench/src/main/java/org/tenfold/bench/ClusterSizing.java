package org.tenfold.bench;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tenfold.bench.load.ScreenSession;
import org.tenfold.bench.load.TenfoldHttp;

/**
 * Sizing of a running cluster (the {@code cluster} command, demo clinic) through its load balancer: how many
 * calendar renders (a counsellor's week: page and events, each counsellor kept on the instance the balancer
 * first sent them to, by its cookie, as a browser is) and how many API reads (front desk's client search) the
 * cluster serves per second with {@code threads} clients for {@code seconds} each, after a warm-up. It prints
 * the figures for operations.md; it asserts nothing.
 *
 * <p>{@code java -cp ... org.tenfold.bench.ClusterSizing <balancer HTTPS port> <certificate PEM> [threads] [seconds]}
 */
public final class ClusterSizing {

    private static final String PASSWORD = "tenfold-demo-only";

    private ClusterSizing() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path certificate = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        TenfoldHttp http = new TenfoldHttp(port, certificate);
        http.awaitOk("/login.xhtml", Duration.ofMinutes(3));
        http.signIn("frontdesk", PASSWORD);
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        ScreenSession.View week = ScreenSession.View.of(monday, monday.plusDays(7));
        // each counsellor a browser of their own: a cookie jar that keeps the balancer's instance cookie
        List<ScreenSession> counsellors = new ArrayList<>();
        List<TenfoldHttp> browsers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            TenfoldHttp browser = new TenfoldHttp(port, certificate, true);
            browsers.add(browser);
            counsellors.add(ScreenSession.signIn(browser, i % 2 == 0 ? "counsellor" : "counsellor2", PASSWORD));
        }
        Task calendar = i -> {
            ScreenSession s = counsellors.get(i);
            ScreenSession.Loaded page = s.page(browsers.get(i).client(), week);
            if (page.error() != null) {
                throw new IllegalStateException(page.error());
            }
            s.events(browsers.get(i).client(), page, week);
            return 2;
        };
        String[] queries = {"Demoulin", "Fictional", "Alex", "Morgan", "Jordan"};
        Task api = i -> {
            HttpResponse<String> r = http.client().send(http.search(queries[i % queries.length]),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("API: HTTP " + r.statusCode());
            }
            return 1;
        };
        run("warm-up", calendar, threads, Math.max(5, seconds / 3));
        run("warm-up", api, threads, Math.max(5, seconds / 3));
        double cal = run("calendar week (page + events)", calendar, threads, seconds);
        double search = run("API client search", api, threads, seconds);
        System.out.printf("%nthroughput through the balancer: calendar %.1f renders/s (%.1f requests/s), API %.1f"
                + " requests/s%n", cal / 2, cal, search);
    }

    interface Task {
        /** One exchange by client i; returns how many HTTP requests it made. */
        int run(int i) throws Exception;
    }

    private static double run(String name, Task task, int threads, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<long[]>> results = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int i = t;
            results.add(pool.submit(() -> {
                long requests = 0;
                long errors = 0;
                while (!stop.get()) {
                    try {
                        requests += task.run(i);
                    } catch (Exception e) {
                        errors++;
                    }
                }
                return new long[] {requests, errors};
            }));
        }
        Thread.sleep(seconds * 1000L); // a measurement window, not a wait for a condition
        stop.set(true);
        long requests = 0;
        long errors = 0;
        for (Future<long[]> f : results) {
            long[] r = f.get();
            requests += r[0];
            errors += r[1];
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double rate = requests / elapsed;
        System.out.printf("%-32s %3d clients %5.1f s: %7d requests, %.1f requests/s, %d errors%n", name, threads, elapsed,
                requests, rate, errors);
        return rate;
    }
}
