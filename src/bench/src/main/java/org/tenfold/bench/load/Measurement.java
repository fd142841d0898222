package org.tenfold.bench.load;

/**
 * What one scenario (or one kind of request within it) measured: completed requests over the
 * measured window and their latency percentiles in milliseconds.
 */
public record Measurement(String name, long requests, long errors, double seconds, double p50, double p95,
        double p99, double max) {

    static Measurement of(String name, long[] sortedNanos, long errors, double seconds) {
        return new Measurement(name, sortedNanos.length, errors, seconds,
                Latencies.percentileMillis(sortedNanos, 50), Latencies.percentileMillis(sortedNanos, 95),
                Latencies.percentileMillis(sortedNanos, 99), Latencies.percentileMillis(sortedNanos, 100));
    }

    public double requestsPerSecond() {
        return seconds <= 0 ? 0 : requests / seconds;
    }
}
