package org.tenfold.bench.report;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.tenfold.report.ProgressReport;
import org.tenfold.report.ProgressReportPdf;

/**
 * The first report in a fresh JVM, as after a deploy: PDFBox's classes, the font and the renderer are all
 * loaded inside the measured call. Run single-shot in several forks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FirstReportBenchmark {

    private ProgressReport report;

    @Setup
    public void setUp() {
        report = ReportFixtures.jointReport();
    }

    @Benchmark
    public byte[] firstReport() {
        return new ProgressReportPdf().render(report);
    }
}
