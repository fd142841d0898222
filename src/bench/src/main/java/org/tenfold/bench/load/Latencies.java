package org.tenfold.bench.load;

import java.util.Arrays;
import java.util.Collection;

/**
 * Every latency of one thread, in nanoseconds. Keeping them all (a few hundred thousand longs per
 * run) gives exact percentiles without a histogram library; one instance per thread, so no locking.
 */
final class Latencies {

    private long[] nanos = new long[4096];
    private int size;

    void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    int size() {
        return size;
    }

    /** All samples of several threads, sorted ascending. */
    static long[] mergeSorted(Collection<Latencies> parts) {
        long[] all = new long[parts.stream().mapToInt(Latencies::size).sum()];
        int at = 0;
        for (Latencies p : parts) {
            System.arraycopy(p.nanos, 0, all, at, p.size);
            at += p.size;
        }
        Arrays.sort(all);
        return all;
    }

    /** Nearest-rank percentile of sorted samples, in milliseconds; NaN when there are none. */
    static double percentileMillis(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1_000_000.0;
    }
}
