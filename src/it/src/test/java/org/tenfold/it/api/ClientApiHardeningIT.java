package org.tenfold.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tenfold.it.api.ClientData.assertProblem;
import static org.tenfold.it.api.ClientData.client;
import static org.tenfold.it.api.ClientData.count;
import static org.tenfold.it.api.ClientData.create;
import static org.tenfold.it.api.ClientData.encode;
import static org.tenfold.it.api.ClientData.ids;
import static org.tenfold.it.api.ClientData.search;
import static org.tenfold.it.api.ClientData.signedIn;
import static org.tenfold.it.api.ClientData.text;
import static org.tenfold.it.api.ClientData.uniqueWord;
import static org.tenfold.it.api.ClientData.with;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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

/**
 * The client API under hostile parameters, two editors on one record, and many requests at once:
 * bad input is a 4xx problem that changes nothing, the first save wins and the second is told, and
 * parallel registrations never share a chart number.
 */
@ExtendWith(ArquillianExtension.class)
class ClientApiHardeningIT {

    private static final int PARALLEL = 20;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private final Api frontDesk = signedIn("frontdesk");

    @Test
    void sortOutsideTheAllowListIsA400AndTheTableIsUntouched() throws Exception {
        long clients = count("SELECT COUNT(*) FROM client");
        for (String sort : List.of("lastName;DROP TABLE client", "legal_last_name", "lastName desc", "id",
                "-legal_last_name", "-", "(SELECT 1)", "lastName,firstName")) {
            JsonObject problem = assertProblem(frontDesk.get("api/clients?sort=" + encode(sort)), 400,
                    "invalid-input");
            assertTrue(problem.getJsonObject("errors").containsKey("sort"), sort + " -> " + problem);
        }
        assertEquals(clients, count("SELECT COUNT(*) FROM client"), "the client table is still there, unchanged");
        assertEquals(capped(clients), search(frontDesk, "size=1").json().getJsonNumber("total").longValue());
    }

    /** What a search's total says of this many matches: counted up to 1,000, with moreThanTotal beyond. */
    private static long capped(long matches) {
        return Math.min(matches, 1000);
    }

    @Test
    void problemDetailReadsAsOneSentence() {
        JsonObject problem = assertProblem(frontDesk.get("api/clients?sort=bogus"), 400, "invalid-input");
        String detail = problem.getString("detail");
        assertTrue(detail.endsWith(".") && !detail.endsWith(".."), "no doubled full stop: " + detail);
    }

    @Test
    void everyAllowedSortWorksBothWays() {
        for (String sort : List.of("chartNumber", "lastName", "firstName", "dateOfBirth", "status", "createdAt")) {
            search(frontDesk, "sort=" + sort + "&size=5");
            search(frontDesk, "sort=-" + sort + "&size=5");
        }
        List<Long> ascending = ids(search(frontDesk, "sort=chartNumber&size=100"));
        List<Long> descending = ids(search(frontDesk, "sort=-chartNumber&size=3"));
        assertTrue(ascending.get(0) < ascending.get(1), ascending.toString());
        assertTrue(descending.get(0) > descending.get(1), descending.toString());
    }

    @Test
    void likeWildcardsAndSqlInTheSearchBoxAreOnlyData() throws Exception {
        String last = uniqueWord("Wild");
        long id = create(frontDesk, client("Kim", last)).getJsonNumber("id").longValue();
        long all = search(frontDesk, "size=1").json().getJsonNumber("total").longValue();

        assertEquals(List.of(id), ids(search(frontDesk, "q=" + encode(last))));
        // as wildcards, each of these would still match the client (or everyone)
        String underscored = last.substring(0, 4) + "_" + last.substring(5);
        for (String q : List.of(last.substring(0, 4) + "%", underscored, last.substring(0, 4) + "%" + last.substring(6),
                "%" + last.substring(1))) {
            Api.Reply reply = search(frontDesk, "q=" + encode(q));
            assertEquals(0, reply.json().getInt("total"), "'" + q + "' is literal text: " + reply);
        }
        for (String q : List.of("%", "_", "%%", "\\", "\\%", "' OR 1=1 --", "' OR '1'='1", "\" OR \"\"=\"",
                "1); DROP TABLE client; --", "*")) {
            Api.Reply reply = search(frontDesk, "q=" + encode(q) + "&size=100");
            long total = reply.json().getJsonNumber("total").longValue();
            assertTrue(total < all, "'" + q + "' must not match every client (" + total + " of " + all + ")");
            assertTrue(!ids(reply).contains(id), "'" + q + "' does not find " + last);
        }
        assertEquals(all, search(frontDesk, "size=1").json().getJsonNumber("total").longValue(), "nothing changed");
        assertEquals(all, capped(count("SELECT COUNT(*) FROM client")));
    }

    @Test
    void pagingAndStatusOutOfRangeAre400Problems() throws Exception {
        long clients = count("SELECT COUNT(*) FROM client");
        Map<String, String> refused = new TreeMap<>(Map.of(
                "page=-1", "page", "size=1000000", "size", "size=0", "size", "size=-5", "size",
                "page=abc", "page", "size=1e3", "size", "page=99999999999999999999", "page",
                "status=ACTIVE'--", "status", "status=bogus", "status"));
        refused.forEach((query, field) -> {
            JsonObject problem = assertProblem(frontDesk.get("api/clients?" + query), 400, "invalid-input");
            assertTrue(problem.getJsonObject("errors").containsKey(field), query + " -> " + problem);
        });
        Api.Reply largest = search(frontDesk, "size=100&page=0");
        assertEquals(100, largest.json().getInt("size"));
        assertTrue(largest.json().getJsonArray("items").size() <= 100);
        Api.Reply farPage = search(frontDesk, "size=20&page=100000");
        assertEquals(0, farPage.json().getJsonArray("items").size(), farPage.toString());
        assertEquals(capped(clients), farPage.json().getJsonNumber("total").longValue());
        assertEquals(clients > 1000, farPage.json().getBoolean("moreThanTotal"), farPage.toString());
        assertEquals(clients, count("SELECT COUNT(*) FROM client"));
    }

    @Test
    void statusFilterOnlyReturnsThatStatus() {
        String last = uniqueWord("Status");
        long waiting = create(frontDesk, client("Wai", last).add("status", "WAITLIST")).getJsonNumber("id").longValue();
        create(frontDesk, client("Act", last).add("status", "ACTIVE"));
        assertEquals(List.of(waiting), ids(search(frontDesk, "q=" + last + "&status=WAITLIST")));
        assertEquals(List.of(waiting), ids(search(frontDesk, "q=" + last + "&status=waitlist")));
        assertEquals(2, search(frontDesk, "q=" + last).json().getInt("total"));
    }

    @Test
    void hostileIdsAre404ProblemsAndTheTableStillAnswers() throws Exception {
        long clients = count("SELECT COUNT(*) FROM client");
        for (String id : List.of("1 OR 1=1", "abc", "0", "-1", "99999999999999999999", "1.0", "'", "x".repeat(500),
                "\uff11", "\u0661")) {
            assertProblem(frontDesk.get("api/clients/" + encode(id)), 404, "not-found");
        }
        // a path parameter (;) or an encoded percent could be read as another address: refused before the id is read
        assertProblem(frontDesk.get("api/clients/" + encode("1;DROP TABLE client")), 400, "ambiguous-path");
        assertProblem(frontDesk.get("api/clients/" + encode("%27")), 400, "ambiguous-path");
        assertProblem(frontDesk.put("api/clients/" + encode("1 OR 1=1"),
                client("A", "B").build().toString(), "\"0\""), 404, "not-found");
        assertEquals(clients, count("SELECT COUNT(*) FROM client"));
        assertEquals(clients, search(frontDesk, "size=1").json().getJsonNumber("total").longValue());
    }

    @Test
    void firstSaveWinsAndTheSecondEditorGets412WithNothingOverwritten() throws Exception {
        String last = uniqueWord("Locking");
        long id = create(frontDesk, client("Lee", last).add("city", "Bath")).getJsonNumber("id").longValue();
        Api secondDesk = Api.as("frontdesk"); // another front-desk session, editing the same client

        Api.Reply editorA = frontDesk.get("api/clients/" + id);
        Api.Reply editorB = secondDesk.get("api/clients/" + id);
        assertEquals(editorA.etag(), editorB.etag(), "both editors loaded the same version");

        Api.Reply saveA = frontDesk.put("api/clients/" + id, with(editorA.json(), "city", "Bristol"), editorA.etag());
        assertEquals(200, saveA.status(), saveA.toString());
        assertNotEquals(editorA.etag(), saveA.etag(), "a save gives a new ETag");
        assertEquals("Bristol", saveA.json().getString("city"));

        Api.Reply saveB = secondDesk.put("api/clients/" + id, with(editorB.json(), "city", "Cardiff"), editorB.etag());
        assertProblem(saveB, 412, "stale");

        Api.Reply now = frontDesk.get("api/clients/" + id);
        assertEquals("Bristol", now.json().getString("city"), "the first editor's data stands");
        assertEquals(saveA.etag(), now.etag());
        assertEquals("Bristol", text("SELECT city FROM client WHERE id = ?", id));

        // with the fresh ETag the second editor can save
        Api.Reply retry = secondDesk.put("api/clients/" + id, with(now.json(), "city", "Cardiff"), now.etag());
        assertEquals(200, retry.status(), retry.toString());
        assertEquals("Cardiff", text("SELECT city FROM client WHERE id = ?", id));
    }

    @Test
    void putWithoutIfMatchIs428AndAnUnreadableIfMatchIs412() throws Exception {
        String last = uniqueWord("Precondition");
        JsonObject created = create(frontDesk, client("Ray", last).add("city", "Bath"));
        long id = created.getJsonNumber("id").longValue();
        String changed = with(created, "city", "Swindon");

        assertProblem(frontDesk.put("api/clients/" + id, changed, null), 428, "precondition-required");
        assertProblem(frontDesk.put("api/clients/" + id, changed, "  "), 428, "precondition-required");
        assertProblem(frontDesk.put("api/clients/" + id, changed, "\"not-a-version\""), 412, "stale");
        assertProblem(frontDesk.put("api/clients/" + id, changed, "\"999\""), 412, "stale");
        assertEquals("Bath", text("SELECT city FROM client WHERE id = ?", id), "nothing saved");

        String etag = frontDesk.get("api/clients/" + id).etag();
        Api.Reply weak = frontDesk.put("api/clients/" + id, changed, "W/" + etag);
        assertEquals(200, weak.status(), "a weak form of the current ETag is accepted: " + weak);
        assertEquals("Swindon", text("SELECT city FROM client WHERE id = ?", id));
    }

    @Test
    void invalidUpdateIsRefusedAndKeepsTheStoredData() throws Exception {
        String last = uniqueWord("Badupdate");
        JsonObject created = create(frontDesk, client("Val", last).add("email", "val@example.org"));
        long id = created.getJsonNumber("id").longValue();
        Api.Reply read = frontDesk.get("api/clients/" + id);

        JsonObject problem = assertProblem(frontDesk.put("api/clients/" + id, with(read.json(), "email", "nope"),
                read.etag()), 400, "invalid-input");
        assertTrue(problem.getJsonObject("errors").containsKey("email"), problem.toString());
        assertProblem(frontDesk.put("api/clients/" + id, with(read.json(), "legalLastName", " "), read.etag()), 400,
                "invalid-input");
        assertProblem(frontDesk.put("api/clients/" + id, "{\"legalLastName\":", read.etag()), 400, null);

        Api.Reply after = frontDesk.get("api/clients/" + id);
        assertEquals(read.etag(), after.etag(), "the version did not move");
        assertEquals("val@example.org", after.json().getString("email"));
        assertEquals(last, after.json().getString("legalLastName"));
    }

    @Test
    void parallelRegistrationsGetDistinctChartNumbers() throws Exception {
        String last = uniqueWord("Parallel");
        List<Callable<Api.Reply>> posts = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String body = client("P" + (char) ('a' + i), last).build().toString();
            posts.add(() -> frontDesk.post("api/clients", body));
        }
        List<Api.Reply> replies = runAtOnce(posts);

        Set<String> charts = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (Api.Reply reply : replies) {
            assertEquals(201, reply.status(), reply.toString());
            JsonObject c = reply.json();
            String chart = c.getString("chartNumber");
            assertTrue(ClientData.CHART_NUMBER.matcher(chart).matches(), chart);
            assertEquals(String.format("C-%06d", c.getJsonNumber("id").longValue()), chart);
            charts.add(chart);
            ids.add(c.getJsonNumber("id").longValue());
        }
        assertEquals(PARALLEL, charts.size(), "every registration has its own chart number: " + charts);
        assertEquals(PARALLEL, ids.size());
        assertEquals(PARALLEL, search(frontDesk, "q=" + last + "&size=100").json().getInt("total"));
        assertEquals(PARALLEL, count("SELECT COUNT(DISTINCT chart_number) FROM client WHERE legal_last_name = ?",
                last));
    }

    @Test
    void parallelSavesOfOneVersionLetExactlyOneThrough() throws Exception {
        String last = uniqueWord("Race");
        long id = create(frontDesk, client("Ron", last)).getJsonNumber("id").longValue();
        Api.Reply read = frontDesk.get("api/clients/" + id);

        List<Callable<Api.Reply>> puts = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String body = with(read.json(), "city", "City" + i);
            puts.add(() -> frontDesk.put("api/clients/" + id, body, read.etag()));
        }
        List<Api.Reply> replies = runAtOnce(puts);

        List<Api.Reply> saved = replies.stream().filter(r -> r.status() == 200).toList();
        List<Api.Reply> refused = replies.stream().filter(r -> r.status() == 412).toList();
        assertEquals(1, saved.size(), "exactly one save wins: " + replies);
        assertEquals(PARALLEL - 1, refused.size(), "all others are told it changed: " + replies);
        refused.forEach(r -> assertProblem(r, 412, "stale"));

        String winner = saved.get(0).json().getString("city");
        assertEquals(winner, text("SELECT city FROM client WHERE id = ?", id));
        assertEquals(saved.get(0).etag(), frontDesk.get("api/clients/" + id).etag());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'CLIENT_UPDATE' AND client_id = ?", id),
                "one save, one audit row");
    }

    @Test
    void parallelRegistrationsOfTheSamePersonSaveItOnce() throws Exception {
        String last = uniqueWord("Doubleclick");
        String body = client("Dee", last).add("dateOfBirth", "1981-06-07").build().toString();
        List<Callable<Api.Reply>> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(() -> frontDesk.post("api/clients", body));
        }
        List<Api.Reply> replies = runAtOnce(posts);

        long created = replies.stream().filter(r -> r.status() == 201).count();
        long warned = replies.stream().filter(r -> r.status() == 409).count();
        assertEquals(10, created + warned, "each is saved or warned about: " + replies);
        assertEquals(1, count("SELECT COUNT(*) FROM client WHERE legal_last_name = ?", last),
                "without confirmDuplicate=true the same person is registered once, however fast the clicks: "
                        + created + " saved, " + warned + " warned");
    }

    @Test
    void aVeryLongSearchIsAnsweredNotAnError() {
        String longText = ("word" + "x".repeat(150) + " ").repeat(12) + "%".repeat(300);
        Api.Reply reply = search(frontDesk, "q=" + encode(longText));
        assertEquals(0, reply.json().getInt("total"), reply.toString());
    }

    /** Starts every call at the same moment and waits for all of them. */
    private static <T> List<T> runAtOnce(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS));
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(3, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
