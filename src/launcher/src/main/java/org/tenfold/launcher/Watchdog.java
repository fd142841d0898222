package org.tenfold.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches the run command's two servers. When one dies it says so at once and starts it again; one that
 * dies a fourth time within ten minutes is not restarted: the watchdog says why and stops everything
 * (exit 1, so a service manager sees the failure and can restart the whole). Stopped before a shutdown,
 * so a deliberate stop is never taken for a death.
 */
final class Watchdog {

    static final int RESTARTS = 3;
    static final Duration WINDOW = Duration.ofMinutes(10);

    /** One watched server: is it alive, how to start it again, where to look when it dies. */
    record Watched(String name, Callable<Optional<ProcessHandle>> process, Callable<Void> restart, String logHint) {
    }

    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread thread;

    private Watchdog(Watched... watched) {
        thread = new Thread(() -> loop(watched), "tenfold-watchdog");
        thread.setDaemon(true);
    }

    static Watchdog start(Watched... watched) {
        Watchdog w = new Watchdog(watched);
        w.thread.start();
        return w;
    }

    void stop() {
        stopped.set(true);
        thread.interrupt();
    }

    private void loop(Watched[] watched) {
        @SuppressWarnings("unchecked")
        Deque<Instant>[] restarts = new Deque[watched.length];
        for (int i = 0; i < watched.length; i++) {
            restarts[i] = new ArrayDeque<>();
        }
        while (!stopped.get()) {
            for (int i = 0; i < watched.length && !stopped.get(); i++) {
                Watched w = watched[i];
                Optional<ProcessHandle> process;
                try {
                    process = w.process().call();
                } catch (Exception e) {
                    process = Optional.empty();
                }
                if (process.isPresent() && process.get().isAlive()) {
                    continue;
                }
                if (stopped.get()) {
                    return;
                }
                Instant now = Instant.now();
                restarts[i].removeIf(t -> t.isBefore(now.minus(WINDOW)));
                if (restarts[i].size() >= RESTARTS) {
                    Log.warn(w.name() + " died again (" + RESTARTS + " restarts in the last " + WINDOW.toMinutes()
                            + " minutes): stopping Tenfold. See " + w.logHint());
                    stopped.set(true);
                    System.exit(1);
                    return;
                }
                restarts[i].add(now);
                Log.warn(w.name() + " has stopped unexpectedly; starting it again (see " + w.logHint() + ")");
                try {
                    w.restart().call();
                    Log.step(w.name() + " is running again");
                } catch (Exception e) {
                    if (stopped.get()) {
                        return;
                    }
                    Log.warn(w.name() + " could not be started again: " + e.getMessage() + ". Stopping Tenfold.");
                    stopped.set(true);
                    System.exit(1);
                    return;
                }
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
