package org.tenfold.bench;

/** Progress lines on standard output, marked so they stand out in Maven's output. */
final class Bench {

    private Bench() {
    }

    static void step(String message) {
        System.out.println("[bench] " + message);
        System.out.flush();
    }
}
