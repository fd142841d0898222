package org.tenfold.bench.audit;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tenfold.audit.chain.AuditChain;
import org.tenfold.audit.chain.AuditRow;
import org.tenfold.bench.data.BenchDatabase;
import org.tenfold.bench.data.ClientLoader;
import org.tenfold.bench.load.TenfoldHttp;
import org.tenfold.launcher.Launcher;
import org.tenfold.launcher.RestoreCommand;
import org.tenfold.launcher.ServerFolder;

/**
 * Audit at scale: fills the bench server's audit trail to {@code bench.auditEvents} (default 1,000,000)
 * chained events spread over staff, clients, actions, outcomes and two years, then measures the audit
 * searches through the API against a floor (GET /api/rooms on the same server, same run), the chain's
 * verification, a backup and the restore of that backup into a fresh folder. Prints a table.
 *
 * <p>{@code mvn -o -Paudit-bench -pl src/bench -am verify -Dit.slot=N}
 */
public final class AuditBench {

    private static final String[] ACTIONS = {"CLIENT_VIEW", "NOTE_VIEW", "CLIENT_SEARCH", "APPOINTMENT_BOOK",
        "NOTE_UPDATE", "PLAN_VIEW", "LOGIN", "CASE_VIEW"};
    private static final int ROUNDS = 15;

    private AuditBench() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("tenfold.root", ".")).toAbsolutePath().normalize();
        int offset = Integer.parseInt(System.getProperty("tenfold.it.offset"));
        int events = Integer.getInteger("bench.auditEvents", 1_000_000);
        Launcher.main(new String[] {"start-it"});
        try {
            deploy(root, offset);
            TenfoldHttp http = new TenfoldHttp(8181 + offset,
                    ServerFolder.certificate(ServerFolder.forTests(root, offset)));
            http.awaitOk("/login.xhtml", Duration.ofMinutes(3));
            http.signIn("admin", "tenfold-demo-only");
            Map<String, String> rows = new LinkedHashMap<>() {
                @Override
                public String put(String key, String value) {
                    System.out.println("[bench] " + key + ": " + value);
                    return super.put(key, value);
                }
            };
            Path dataDir = root.resolve("src/launcher/target/it-mariadb-" + offset + "/data");
            drill(http, root, dataDir, offset, "demo clinic", rows);
            long clients;
            int wantedClients = Integer.getInteger("bench.clients", 100_000);
            try (Connection db = BenchDatabase.local(3307 + offset).connect()) {
                long have = ClientLoader.countClients(db);
                if (have < wantedClients) {
                    ClientLoader.load(db, (int) (wantedClients - have));
                    ClientLoader.analyze(db);
                }
            }
            drill(http, root, dataDir, offset, String.format("%,d clients", wantedClients), rows);
            try (Connection db = BenchDatabase.local(3307 + offset).connect()) {
                clients = fill(db, events);
                try (Statement s = db.createStatement()) {
                    s.execute("ANALYZE TABLE audit_event");
                }
            }
            double floor = median(http, "/api/rooms");
            rows.put("floor: GET /api/rooms", String.format("%.1f ms", floor));
            Map<String, String> queries = new LinkedHashMap<>();
            queries.put("newest page, no filter", "/api/audit?size=50");
            queries.put("one client's history", "/api/audit?clientId=" + (clients / 2) + "&size=50");
            queries.put("one staff member", "/api/audit?actor=bench-staff-7&size=50");
            queries.put("one action", "/api/audit?action=NOTE_UPDATE&size=50");
            queries.put("refusals (DENIED)", "/api/audit?outcome=DENIED&size=50");
            queries.put("one day", "/api/audit?from=2026-03-10&to=2026-03-10&size=50");
            queries.put("staff + action + a year", "/api/audit?actor=bench-staff-3&action=CLIENT_VIEW&from=2025-06-01&to=2026-06-01&size=50");
            queries.put("page 100 of a staff member", "/api/audit?actor=bench-staff-7&page=100&size=50");
            queries.put("CSV export of one client", "/api/audit/export.csv?clientId=" + (clients / 3));
            for (var q : queries.entrySet()) {
                double ms = median(http, q.getValue());
                rows.put(q.getKey(), String.format("%.1f ms (%.1f× floor)", ms, ms / floor));
            }
            long t = System.nanoTime();
            HttpResponse<String> verify = http.once(http.get("/api/audit/verify", "application/json",
                    Duration.ofMinutes(20)));
            rows.put(String.format("verify the chain (%,d events)", events), String.format("%.1f s, %s",
                    (System.nanoTime() - t) / 1e9, verify.body().contains("\"intact\":true") ? "intact"
                            : "NOT INTACT: " + verify.body()));
            drill(http, root, dataDir, offset, String.format("%,d clients and %,d audit events", wantedClients, events), rows);
            System.out.println();
            System.out.println("| audit benchmark, " + events + " events | median of " + ROUNDS + " |");
            System.out.println("| --- | --- |");
            rows.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
            System.out.println();
        } finally {
            Launcher.main(new String[] {"stop-it"});
        }
    }

    /** A backup through the API, then the restore command into a fresh folder; both timed. */
    private static void drill(TenfoldHttp http, Path root, Path dataDir, int offset, String what, Map<String, String> rows)
            throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> backup = http.once(http.post("/api/backups"));
        if (backup.statusCode() != 201) {
            throw new IllegalStateException("backup failed: " + backup.body());
        }
        double backupSeconds = (System.nanoTime() - t) / 1e9;
        String file = backup.body().replaceAll("(?s).*\"file\":\"([^\"]+)\".*", "$1");
        long bytes = Long.parseLong(backup.body().replaceAll("(?s).*\"bytes\":(\\d+).*", "$1"));
        RestoreCommand.Result restored = RestoreCommand.restore(root, dataDir.resolveSibling("backups").resolve(file),
                dataDir.resolveSibling("data-keys/backup.key"),
                dataDir.resolveSibling("bench-restore-" + System.nanoTime()).resolve("mariadb"), 3317 + offset);
        rows.put("backup, " + what, String.format("%.1f s, %,d bytes encrypted", backupSeconds, bytes));
        rows.put("restore + verify, " + what, String.format("%.1f s, %,d rows, %s", restored.millis() / 1000.0,
                restored.check().rows(), restored.passed() ? "verified" : "FAILED " + restored.check().failures()));
    }

    private static double median(TenfoldHttp http, String path) throws Exception {
        HttpRequest request = path.contains(".csv") ? http.get(path, "text/csv") : http.get(path);
        http.once(request); // warm-up
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = http.once(request);
            ms[i] = (System.nanoTime() - t) / 1e6;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + ": HTTP " + r.statusCode() + " " + r.body());
            }
        }
        Arrays.sort(ms);
        return ms[ROUNDS / 2];
    }

    /** Adds chained events in every lane until the table holds {@code target}; returns the highest client id. */
    private static long fill(Connection db, int target) throws Exception {
        long clients;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 1) FROM client")) {
            r.next();
            clients = r.getLong(1);
        }
        long have;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM audit_event")) {
            r.next();
            have = r.getLong(1);
        }
        int lanes = AuditChain.LANES;
        long[] seq = new long[lanes];
        String[] head = new String[lanes];
        db.setAutoCommit(false);
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT lane, seq, head_hash FROM audit_chain_lane ORDER BY lane FOR UPDATE")) {
            while (r.next()) {
                seq[r.getInt(1)] = r.getLong(2);
                head[r.getInt(1)] = r.getString(3);
            }
        }
        Random random = new Random(42);
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        long span = Duration.ofDays(700).toSeconds();
        List<Long> times = new ArrayList<>();
        for (long i = have; i < target; i++) {
            times.add(start.getEpochSecond() + (i - have) * span / Math.max(1, target - have));
        }
        System.out.println("[bench] adding " + times.size() + " audit events");
        try (PreparedStatement p = db.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, entity_type,"
                + " entity_id, client_id, outcome, source_address, detail, lane, lane_seq, prev_hash, row_hash)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (long at : times) {
                int lane = n % lanes;
                Instant when = Instant.ofEpochSecond(at, random.nextInt(1_000_000) * 1000L);
                long client = 1 + random.nextInt((int) clients);
                String outcome = random.nextInt(50) == 0 ? "DENIED" : "SUCCESS";
                AuditRow row = new AuditRow(0, when, "bench-staff-" + random.nextInt(20), ACTIONS[random.nextInt(ACTIONS.length)],
                        "Client", String.valueOf(client), client, outcome, "10.0.0." + random.nextInt(200), "bench event", null,
                        null, null, null);
                seq[lane]++;
                String hash = AuditChain.hash(head[lane], row, lane, seq[lane]);
                p.setObject(1, LocalDateTime.ofInstant(AuditChain.storedPrecision(when), ZoneOffset.UTC));
                p.setString(2, row.actor());
                p.setString(3, row.action());
                p.setString(4, row.entityType());
                p.setString(5, row.entityId());
                p.setLong(6, client);
                p.setString(7, outcome);
                p.setString(8, row.sourceAddress());
                p.setString(9, row.detail());
                p.setInt(10, lane);
                p.setLong(11, seq[lane]);
                p.setString(12, head[lane]);
                p.setString(13, hash);
                p.addBatch();
                head[lane] = hash;
                if (++n % 5000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        try (PreparedStatement p = db.prepareStatement("UPDATE audit_chain_lane SET seq = ?, head_hash = ? WHERE lane = ?")) {
            for (int lane = 0; lane < lanes; lane++) {
                p.setLong(1, seq[lane]);
                p.setString(2, head[lane]);
                p.setInt(3, lane);
                p.addBatch();
            }
            p.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        return clients;
    }

    private static void deploy(Path root, int offset) throws Exception {
        Process p = new ProcessBuilder(root.resolve("src/launcher/target/payara6/bin/asadmin").toString(), "--port",
                String.valueOf(4848 + offset), "--user", "admin", "--passwordfile",
                ServerFolder.adminPasswordFile(ServerFolder.forTests(root, offset)).toString(), "deploy", "--force=true",
                "--name", "tenfold",
                root.resolve("src/ear/target/tenfold.ear").toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("deploy failed");
        }
    }
}
