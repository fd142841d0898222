/**
 * A plain closed-loop HTTP load driver (JMH is for micro-benchmarks): a fixed number of threads send
 * requests back to back for a fixed time after a warm-up, every latency is kept, and the
 * percentiles are computed from the sorted samples.
 */
package org.tenfold.bench.load;
