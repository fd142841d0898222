package org.tenfold.launcher;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Progress lines for the person at the terminal. Under Maven, System.out is a console stream that parses
 * ANSI sequences, and once, in a shutdown hook, it threw (NumberFormatException: "0m") and took the stop
 * of Payara and MariaDB with it. So printing never throws: a line System.out refuses goes straight to the
 * process's standard output instead, and one that cannot be written at all is dropped.
 */
final class Log {

    private static final PrintStream RAW = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);

    private Log() {
    }

    static void step(String message) {
        print("[tenfold] " + message);
    }

    static void warn(String message) {
        print("[tenfold] WARNING: " + message);
    }

    /** A plain line (the banner). */
    static void line(String text) {
        print(text);
    }

    private static void print(String line) {
        try {
            System.out.println(line);
            System.out.flush();
        } catch (Throwable refused) {
            try {
                RAW.println(line);
            } catch (Throwable ignored) {
                // the terminal is gone: the work goes on without its progress line
            }
        }
    }
}
