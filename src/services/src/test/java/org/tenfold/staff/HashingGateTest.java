package org.tenfold.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HashingGateTest {

    @Test
    void atMostTheGivenNumberRunAtOnceAndThoseBeyondTheQueueAreTurnedAway() throws Exception {
        HashingGate gate = new HashingGate(1);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Thread holder = new Thread(() -> gate.run(() -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            inside.countDown();
            await(release);
            running.decrementAndGet();
            return true;
        }));
        holder.start();
        inside.await();
        // the one permit is taken: four may wait (briefly), the rest are answered "busy" at once
        List<Thread> waiting = new ArrayList<>();
        List<Optional<Boolean>> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> results.add(gate.run(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                running.decrementAndGet();
                return true;
            })));
            waiting.add(t);
            t.start();
        }
        for (Thread t : waiting) {
            t.join();
        }
        release.countDown();
        holder.join();
        assertEquals(1, most.get(), "never two hashes at once");
        assertEquals(8, results.size());
        assertTrue(results.stream().allMatch(Optional::isEmpty), "while the permit was held nobody else got in: " + results);
        assertEquals(Optional.of(true), gate.run(() -> true), "free again afterwards");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
