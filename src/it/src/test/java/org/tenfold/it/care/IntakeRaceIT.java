package org.tenfold.it.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.care.CareData.Person;

/**
 * Two (here ten) first saves of one client's intake at the same moment: exactly one creates the
 * draft, every other one is told clearly (409 conflict or 412 stale, as problem JSON), none fails
 * with a server error, and one intake row exists afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeRaceIT {

    private static final int RACERS = 10;
    private static final int ROUNDS = 4;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void racingFirstSavesOfAnIntakeGiveOneDraftAndClearConflicts() throws Exception {
        Person counsellor = CareData.newStaff("race", "COUNSELLOR");
        // the window is short: several rounds, each on a new client, make the losing insert likely
        for (int round = 0; round < ROUNDS; round++) {
            raceOnce(counsellor);
        }
    }

    private static void raceOnce(Person counsellor) throws Exception {
        long client = CareData.newClient("Racer");
        CareData.bookIntake(counsellor.id(), client);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            // each racer signed in on its own and its connection warm, so that the saves really meet
            List<Api> racers = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                racers.add(Api.as(counsellor.username(), CareData.PASSWORD));
            }
            List<Future<Api.Reply>> warm = new ArrayList<>();
            for (Api racer : racers) {
                warm.add(pool.submit(() -> racer.get("api/clients/" + client + "/intake")));
            }
            for (Future<Api.Reply> w : warm) {
                assertEquals(200, w.get(120, TimeUnit.SECONDS).status());
            }
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < RACERS; i++) {
                String body = "{\"presentingConcerns\":\"Racer " + i + "\"}";
                Api racer = racers.get(i);
                replies.add(pool.submit(() -> {
                    start.await();
                    return racer.put("api/clients/" + client + "/intake", body, null);
                }));
            }
            start.countDown();
            int created = 0;
            List<String> refused = new ArrayList<>();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                statuses.add(f.get(120, TimeUnit.SECONDS).status());
            }
            System.out.println("[race] statuses of " + RACERS + " racing first saves: " + statuses);
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                if (r.status() / 100 == 2) {
                    created++;
                } else {
                    assertTrue(r.status() == 409 || r.status() == 412, "a losing save is 409 or 412: " + r);
                    assertTrue(r.isProblem(), "problem JSON: " + r);
                    refused.add(r.json().getString("detail"));
                }
            }
            assertEquals(1, created, "exactly one first save creates the draft; refused: " + refused);
            assertEquals(RACERS - 1, refused.size());
            refused.forEach(detail -> assertTrue(detail.contains("at the same moment")
                    || detail.contains("exists already"), "a clear message: " + detail));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM intake WHERE client_id = ?", client),
                "one intake row");
    }
}
