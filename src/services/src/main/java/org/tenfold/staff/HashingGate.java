package org.tenfold.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Password hashing, deliberately slow, runs on at most {@code tenfold.sign-in.hashing-threads} request
 * threads at once (default: half the processors, at least one), and at most four times as many wait for
 * their turn, for two seconds at most. Whatever comes on top is told the server is busy at once. So
 * sign-ins, honest or not, can never take all of the request threads or all of the processors.
 */
@ApplicationScoped
public class HashingGate {

    static final long MAX_WAIT_MILLIS = 2000;

    @Inject
    @ConfigProperty(name = "tenfold.sign-in.hashing-threads", defaultValue = "0")
    int configuredThreads;

    private Semaphore permits;
    private int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    public HashingGate() {
    }

    HashingGate(int threads) {
        this.configuredThreads = threads;
        init();
    }

    @PostConstruct
    void init() {
        int threads = configuredThreads > 0 ? configuredThreads
                : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        permits = new Semaphore(threads, true);
        maxWaiting = 4 * threads;
    }

    /** The work's result, or empty when it could not have a turn soon enough. */
    public <T> Optional<T> run(Supplier<T> work) {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return Optional.empty();
        }
        boolean acquired;
        try {
            acquired = permits.tryAcquire(MAX_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        } finally {
            waiting.decrementAndGet();
        }
        if (!acquired) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(work.get());
        } finally {
            permits.release();
        }
    }
}
