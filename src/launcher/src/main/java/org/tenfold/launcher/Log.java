package org.tenfold.launcher;

/** Progress lines for the person at the terminal. */
final class Log {

    private Log() {
    }

    static void step(String message) {
        System.out.println("[tenfold] " + message);
        System.out.flush();
    }

    static void warn(String message) {
        System.out.println("[tenfold] WARNING: " + message);
        System.out.flush();
    }
}
