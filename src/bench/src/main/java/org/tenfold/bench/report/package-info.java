/**
 * The report benchmark (JMH, no server): a 3-page progress report with its chart against a bare PDFBox
 * document with the same pages, text and font, reports per second on two threads, the first report in a
 * fresh JVM, and heap after 10,000 reports. {@link org.tenfold.bench.report.ReportBenchRun} runs it all.
 */
package org.tenfold.bench.report;
