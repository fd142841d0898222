package org.tenfold.bench.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.tenfold.report.ProgressReport;
import org.tenfold.report.ProgressReportPdf;

/**
 * The report benchmark in one run, with its goals: the report at most twice the bare document, 50 or more
 * reports a second on two threads, the first report within 2 s of a fresh JVM, heap flat over 10,000
 * reports. Prints a table and saves it to {@code report.bench.results}.
 *
 * <p>{@code mvn -o -Preport-bench -pl src/bench -am verify -DskipTests} from the repository root runs it.
 */
public final class ReportBenchRun {

    private static final int MEMORY_REPORTS = 10_000;

    private ReportBenchRun() {
    }

    public static void main(String[] args) throws Exception {
        String fontCache = System.getProperty("pdfbox.fontcache", "target/pdfbox-fontcache");
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String[] jvm = {"-Xmx512m", "-Djava.awt.headless=true", "-Dpdfbox.fontcache=" + fontCache};

        Collection<RunResult> single = new Runner(new OptionsBuilder()
                .include(ReportBenchmark.class.getName() + "\\.")
                .forks(1).threads(1)
                .warmupIterations(4).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(jvm).build()).run();

        Collection<RunResult> parallel = new Runner(new OptionsBuilder()
                .include(ReportBenchmark.class.getName() + "\\.progressReport$")
                .mode(org.openjdk.jmh.annotations.Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .forks(1).threads(2)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend(jvm).build()).run();

        Options firstOptions = new OptionsBuilder()
                .include(FirstReportBenchmark.class.getName() + "\\.")
                .forks(3).warmupIterations(0).measurementIterations(1)
                .jvmArgsAppend(jvm).build();
        Collection<RunResult> first = new Runner(firstOptions).run();

        double report = score(single, "progressReport");
        double bare = score(single, "bareDocument");
        double stock = score(single, "stockFont");
        double perSecond = score(parallel, "progressReport");
        double firstMs = score(first, "firstReport");
        double firstWorstMs = first.iterator().next().getPrimaryResult().getStatistics().getMax();
        double[] interleaved = interleaved();
        long[] heap = memory();

        ReportBenchmark fixture = new ReportBenchmark();
        fixture.setUp();
        StringBuilder table = new StringBuilder();
        table.append("| measure (").append(fixture.pageCount()).append("-page joint progress report with chart) | result | goal |\n");
        table.append("| --- | --- | --- |\n");
        table.append(row("report, mean per document", ms(report), ""));
        table.append(row("bare PDFBox document, same pages, text and font", ms(bare), ""));
        table.append(row("report / bare, timed one after the other (JMH)", String.format(Locale.ROOT, "%.2fx", report / bare), ""));
        table.append(row("interleaved in one thread (report, bare, report, bare, …): report / bare",
                String.format(Locale.ROOT, "%.2fx (%.2f ms / %.2f ms)", interleaved[0] / interleaved[1], interleaved[0], interleaved[1]),
                "at most 2x"));
        table.append(row("bare document with the stock font loading (GSUB applied)", ms(stock), "for comparison"));
        table.append(row("reports per second, 2 threads", String.format(Locale.ROOT, "%.0f", perSecond), "50 or more"));
        table.append(row("first report in a fresh JVM (mean of 3 forks, worst)",
                ms(firstMs) + " (" + ms(firstWorstMs) + ")", "within 2 s"));
        table.append(row("heap after GC: after 1,000 reports / after " + String.format(Locale.ROOT, "%,d", MEMORY_REPORTS),
                mb(heap[0]) + " / " + mb(heap[heap.length - 1]), "flat"));
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        table.append(row("machine's load average (1 min) at start / end, " + Runtime.getRuntime().availableProcessors() + " cores",
                String.format(Locale.ROOT, "%.1f / %.1f", loadBefore, loadAfter), ""));
        StringBuilder samples = new StringBuilder();
        for (int i = 0; i < heap.length; i++) {
            samples.append(i == 0 ? "" : ", ").append(mb(heap[i]));
        }
        String text = table + "\nheap after GC every 1,000 reports: " + samples + "\n";
        System.out.println();
        System.out.println(text);
        String results = System.getProperty("report.bench.results");
        if (results != null) {
            Files.createDirectories(Path.of(results).toAbsolutePath().getParent());
            Files.writeString(Path.of(results), text);
            System.out.println("Saved to " + results);
        }
    }

    /**
     * Report and bare document alternately, so that the load of a shared machine hits both alike (JMH runs
     * one benchmark after the other). Mean milliseconds of each, after a warm-up.
     */
    private static double[] interleaved() throws Exception {
        ReportBenchmark bench = new ReportBenchmark();
        bench.setUp();
        for (int i = 0; i < 500; i++) {
            bench.progressReport();
            bench.bareDocument();
        }
        long report = 0;
        long bare = 0;
        int pairs = 1500;
        for (int i = 0; i < pairs; i++) {
            long t0 = System.nanoTime();
            bench.progressReport();
            long t1 = System.nanoTime();
            bench.bareDocument();
            long t2 = System.nanoTime();
            report += t1 - t0;
            bare += t2 - t1;
        }
        return new double[] {report / 1e6 / pairs, bare / 1e6 / pairs};
    }

    /** Heap used after a full GC, after every 1,000 of 10,000 reports rendered on two threads. */
    private static long[] memory() throws Exception {
        ProgressReport report = ReportFixtures.jointReport();
        ProgressReportPdf renderer = new ProgressReportPdf();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] samples = new long[MEMORY_REPORTS / 1000];
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < samples.length; round++) {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 500; i++) {
                            renderer.render(report);
                        }
                    }));
                }
                for (Future<?> f : work) {
                    f.get();
                }
                System.gc();
                System.gc();
                samples[round] = memory.getHeapMemoryUsage().getUsed();
            }
        } finally {
            pool.shutdown();
        }
        return samples;
    }

    private static double score(Collection<RunResult> results, String benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No result for " + benchmark))
                .getPrimaryResult().getScore();
    }

    private static String row(String what, String result, String goal) {
        return "| " + what + " | " + result + " | " + goal + " |\n";
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
