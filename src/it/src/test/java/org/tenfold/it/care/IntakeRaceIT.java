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

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void racingFirstSavesOfAnIntakeGiveOneDraftAndClearConflicts() throws Exception {
        Person counsellor = CareData.newStaff("race", "COUNSELLOR");
        long client = CareData.newClient("Racer");
        CareData.bookIntake(counsellor.id(), client);
        Api api = counsellor.api();
        api.get("api/clients/" + client + "/intake"); // signed in and warm before the start

        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < RACERS; i++) {
                String body = "{\"presentingConcerns\":\"Racer " + i + "\"}";
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.put("api/clients/" + client + "/intake", body, null);
                }));
            }
            start.countDown();
            int created = 0;
            List<String> refused = new ArrayList<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get(120, TimeUnit.SECONDS);
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
