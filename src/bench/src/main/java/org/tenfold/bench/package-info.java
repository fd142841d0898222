/**
 * The benchmark run: {@link org.tenfold.bench.BenchRun} starts a throw-away Tenfold server on offset
 * ports, deploys the EAR, loads fictional clients, measures the floor (a trivial page on the same
 * server) and the client API in one run, prints the ratios and stops the server. Timings live here and
 * never in the test suite.
 */
package org.tenfold.bench;
