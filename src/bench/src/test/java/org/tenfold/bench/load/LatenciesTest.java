package org.tenfold.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Percentile arithmetic only; no timing is asserted anywhere in the test suite. */
class LatenciesTest {

    @Test
    void nearestRankPercentilesOverMergedThreads() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 1; i <= 100; i++) {
            (i % 2 == 0 ? a : b).add(i * 1_000_000L); // 1..100 ms, split over two threads
        }
        long[] sorted = Latencies.mergeSorted(List.of(a, b));
        assertEquals(100, sorted.length);
        assertEquals(50.0, Latencies.percentileMillis(sorted, 50));
        assertEquals(95.0, Latencies.percentileMillis(sorted, 95));
        assertEquals(99.0, Latencies.percentileMillis(sorted, 99));
        assertEquals(100.0, Latencies.percentileMillis(sorted, 100));
    }

    @Test
    void growsBeyondItsFirstArrayAndHandlesNoSamples() {
        Latencies l = new Latencies();
        for (int i = 0; i < 10_000; i++) {
            l.add(i);
        }
        assertEquals(10_000, l.size());
        assertTrue(Double.isNaN(Latencies.percentileMillis(new long[0], 50)));
    }
}
