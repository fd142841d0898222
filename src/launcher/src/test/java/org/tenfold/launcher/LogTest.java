package org.tenfold.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.io.OutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class LogTest {

    /** A console stream that throws as Maven's ANSI stream once did in the shutdown hook. */
    @Test
    void aConsoleThatThrowsNeverStopsTheWorkBeingReported() {
        PrintStream console = System.out;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream()) {
                @Override
                public void println(String x) {
                    throw new NumberFormatException("For input string: \"0m\"");
                }
            });
            assertDoesNotThrow(() -> Log.step("Shutting down…"));
            assertDoesNotThrow(() -> Log.warn("Payara: gone"));
        } finally {
            System.setOut(console);
        }
    }
}
