package org.tenfold.bench;

import org.tenfold.launcher.ServerFolder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tenfold.bench.data.BenchDatabase;
import org.tenfold.bench.data.ClientLoader;
import org.tenfold.bench.load.LoadDriver;
import org.tenfold.bench.load.Measurement;
import org.tenfold.bench.load.Samples;
import org.tenfold.bench.load.Scenario;
import org.tenfold.bench.load.SearchKind;
import org.tenfold.bench.load.SearchQueries;
import org.tenfold.bench.load.TenfoldHttp;
import org.tenfold.bench.plan.QueryPlans;

/**
 * The whole benchmark in one run: server up, clients loaded, query plans explained, then the floor (a
 * trivial page on the same server) and the API scenarios measured in interleaved rounds, the table
 * printed and saved, the server stopped.
 *
 * <p>{@code mvn -o -Pbench -pl src/bench verify} from the repository root runs it.
 */
public final class BenchRun {

    /** The demo clinic's front-desk account (demo data is on in start-it); development only. */
    private static final String USERNAME = "frontdesk";
    private static final String PASSWORD = "tenfold-demo-only";
    private static final int HITS_SAMPLE = 15;

    private final BenchSettings settings;
    private final TenfoldHttp http;
    private final Report report;

    private BenchRun(BenchSettings settings) {
        this.settings = settings;
        this.http = new TenfoldHttp(settings.httpsPort(), ServerFolder.certificate(settings.serverFolder()));
        this.report = new Report(settings);
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromSystemProperties();
        BenchServer server = new BenchServer(settings);
        Report report;
        try {
            if (settings.startServer()) {
                server.start();
            }
            report = new BenchRun(settings).run();
        } finally {
            if (settings.startServer()) {
                server.stop();
            }
        }
        if (report.errors() > 0) {
            throw new IllegalStateException(report.errors() + " requests failed, so the figures are not valid: "
                    + report.firstErrors());
        }
    }

    private Report run() throws Exception {
        IllegalStateException bookingFailure = null;
        Bench.step("Waiting for " + http.base() + "/login.xhtml");
        http.awaitOk("/login.xhtml", Duration.ofMinutes(3));
        try (Connection db = BenchDatabase.local(settings.databasePort()).connect()) {
            loadClients(db);
            http.signIn(USERNAME, PASSWORD);
            SchedulingBench scheduling = new SchedulingBench(settings, http, report, db);
            scheduling.load();
            SearchQueries queries = SearchQueries.sample(db);
            report.probes(probe(db, queries));
            noteSessionsAndHealth();
            long auditBefore = count(db, "SELECT COUNT(*) FROM audit_event");
            measure(db, queries, scheduling.calendarScenarios(settings.users()));
            try {
                scheduling.bookings();
            } catch (IllegalStateException e) {
                // the figures measured before are kept; the run still fails below
                bookingFailure = e;
                report.note("**The booking step failed: " + e.getMessage() + ".** The figures before it were measured"
                        + " first and are kept.");
            }
            long audited = count(db, "SELECT COUNT(*) FROM audit_event") - auditBefore;
            report.note(String.format(Locale.ROOT, "The API wrote %,d audit_event rows during the load (warm-ups included): one INSERT"
                    + " per search and per client read, in the request's transaction.", audited));
        }
        String markdown = report.toMarkdown();
        System.out.println();
        System.out.println(markdown);
        Files.createDirectories(settings.report().getParent());
        Files.writeString(settings.report(), markdown);
        Bench.step("Saved to " + settings.report());
        if (bookingFailure != null) {
            throw bookingFailure;
        }
        return report;
    }

    private void loadClients(Connection db) throws SQLException {
        long existing = ClientLoader.countClients(db);
        if (existing >= settings.clients()) {
            Bench.step("The database already holds " + existing + " clients; none added");
            report.data(String.format(Locale.ROOT, "%,d clients already in the database (none loaded)", existing));
        } else {
            Bench.step("Loading " + settings.clients() + " fictional clients");
            ClientLoader.Loaded loaded = ClientLoader.load(db, settings.clients());
            report.data(String.format(Locale.ROOT, "%,d fictional clients loaded in %.1f s (%,.0f rows/s, multi-row"
                            + " INSERTs of %d rows); %,d clients in all", loaded.inserted(), loaded.millis() / 1000.0,
                    loaded.rowsPerSecond(), ClientLoader.BATCH, ClientLoader.countClients(db)));
        }
        ClientLoader.analyze(db);
    }

    /** One search of each kind with its SQL explained, and the typical number of hits per kind. */
    private List<KindProbe> probe(Connection db, SearchQueries queries) throws Exception {
        Bench.step("Explaining the search SQL of each kind of query");
        List<KindProbe> probes = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            List<String> texts = queries.texts(kind);
            String example = texts.get(0);
            List<QueryPlans.ExplainedQuery> explained = QueryPlans.captureAndExplain(db, () -> searchOnce(example));
            long[] hits = texts.stream().limit(HITS_SAMPLE).mapToLong(this::searchOnce).sorted().toArray();
            probes.add(new KindProbe(kind, example, hits[hits.length / 2], explained));
        }
        return probes;
    }

    private long searchOnce(String text) {
        try {
            HttpResponse<String> response = http.once(http.search(text));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Search for '" + text + "': HTTP " + response.statusCode() + " "
                        + response.body());
            }
            return TenfoldHttp.totalOf(response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A load test without cookies is what a script does; any page that answers it with a new session
     * fills the heap (STACK.md, pitfall 10). Say which of the measured requests do.
     */
    private void noteSessionsAndHealth() throws Exception {
        for (String path : List.of("/login.xhtml", "/health/live")) {
            HttpResponse<String> r = http.once(http.page(path));
            String redirect = r.headers().firstValue("Location").map(l -> " to " + l).orElse("");
            report.note("Anonymous GET " + path + ": HTTP " + r.statusCode() + redirect + ", "
                    + r.headers().firstValue("Set-Cookie").map(c -> "sets a cookie (" + c.split(";")[0]
                            .replaceAll("=.*", "=...") + "): a new session per cookie-less request")
                    .orElse("no Set-Cookie (no session)"));
        }
        HttpResponse<String> api = http.once(http.search("zoe"));
        report.note("API search with a bearer token: " + api.headers().firstValue("Set-Cookie")
                .map(c -> "sets a cookie (" + c.split(";")[0].replaceAll("=.*", "=...") + ")")
                .orElse("no Set-Cookie (no session)"));
    }

    /**
     * The floor, a health check and the API scenarios in interleaved rounds (floor, health, search,
     * read, then the floor again with the calendar's number of users, week view, day view; and again
     * ...): on a machine shared with other work, load that comes and goes then slows all of them alike,
     * and the floor's figure per round shows how much.
     */
    private void measure(Connection db, SearchQueries queries, List<Scenario> calendar) throws Exception {
        long firstId = count(db, "SELECT MIN(id) FROM client");
        long lastId = count(db, "SELECT MAX(id) FROM client");
        List<Scenario> scenarios = List.of(
                Scenario.fixed("floor: GET /login.xhtml", http.page("/login.xhtml")),
                // a second reference without JSF: MicroProfile Health's liveness, no database involved
                Scenario.fixed("GET /health/live", http.page("/health/live")),
                queries.mix("GET /api/clients?q=…&size=20 (search mix)", http),
                SearchQueries.byId("GET /api/clients/{id}", http, firstId, lastId));
        List<Scenario> atUsers = new ArrayList<>();
        atUsers.add(Scenario.fixed("floor: GET /login.xhtml, " + settings.users() + " users", http.page("/login.xhtml")));
        atUsers.addAll(calendar);
        int searchScenarios = scenarios.size();
        scenarios = new ArrayList<>(scenarios);
        scenarios.addAll(atUsers);
        LoadDriver driver = new LoadDriver(http.client(), settings.threads());
        LoadDriver usersDriver = new LoadDriver(http.client(), settings.users());
        List<Samples> totals = scenarios.stream().map(s -> new Samples()).toList();
        List<String> floorByRound = new ArrayList<>();
        for (int round = 1; round <= settings.rounds(); round++) {
            // a full warm-up before the first window; later rounds only re-open connections
            Duration warmUp = round == 1 ? settings.warmUp() : Duration.ofSeconds(2);
            for (int i = 0; i < scenarios.size(); i++) {
                Scenario scenario = scenarios.get(i);
                Bench.step(String.format(Locale.ROOT, "Round %d/%d: %s (%d s warm-up, %d s measured)", round,
                        settings.rounds(), scenario.name(), warmUp.toSeconds(), settings.window().toSeconds()));
                Samples window = (i < searchScenarios ? driver : usersDriver).run(scenario, warmUp, settings.window());
                Measurement m = window.result(scenario.name()).overall();
                Bench.step(String.format(Locale.ROOT, "  %,.0f req/s, p50 %.2f ms, p99 %.2f ms, %d errors",
                        m.requestsPerSecond(), m.p50(), m.p99(), m.errors()));
                if (i == 0) {
                    floorByRound.add(String.format(Locale.ROOT, "%,.0f", m.requestsPerSecond()));
                }
                totals.get(i).addAll(window);
            }
        }
        report.scenario(totals.get(0).result(scenarios.get(0).name()));
        report.scenario(totals.get(1).result(scenarios.get(1).name()));
        report.searchMix(totals.get(2).result(scenarios.get(2).name()));
        report.scenario(totals.get(3).result(scenarios.get(3).name()));
        var usersFloor = totals.get(searchScenarios).result(scenarios.get(searchScenarios).name());
        for (int i = searchScenarios; i < scenarios.size(); i++) {
            report.scenario(totals.get(i).result(scenarios.get(i).name()), usersFloor, settings.users());
        }
        report.note("Floor by round (req/s), a measure of how much the shared machine drifted: "
                + String.join(", ", floorByRound) + ".");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
