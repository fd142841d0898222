package org.tenfold.it.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.audit.chain.ChainReport;
import org.tenfold.audit.chain.ChainVerifier;
import org.tenfold.audit.chain.CheckpointKey;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.launcher.TestDatabases;

/**
 * The audit trail holds against its own database: the application's account may not change it, the
 * triggers refuse even the owner, and when an insider lifts the triggers and changes, removes or slips in
 * a row, the verification (API and command alike) names that row.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    private static Api admin;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @BeforeAll
    static void signIn() {
        admin = Api.as("admin");
        // a few events of our own: searches of the audit log are audited
        for (int i = 0; i < 3; i++) {
            assertEquals(200, admin.get("api/audit?size=5").status());
        }
    }

    @Test
    void theApplicationsAccountMayOnlyReadAndAppend() throws Exception {
        try (Connection app = TestServer.database(TestDatabases.Account.APPLICATION);
                Statement s = app.createStatement()) {
            assertEquals(1142, errorOf(s, "UPDATE audit_event SET detail = 'x' WHERE id = 1"), "UPDATE is refused");
            assertEquals(1142, errorOf(s, "DELETE FROM audit_event WHERE id = 1"), "DELETE is refused");
            assertEquals(1142, errorOf(s, "DELETE FROM audit_checkpoint"), "checkpoints cannot be removed");
            assertEquals(1142, errorOf(s, "DROP TRIGGER audit_event_bu"), "the triggers are the owner's");
            assertTrue(s.executeQuery("SELECT COUNT(*) FROM audit_event").next(), "it reads");
        }
        try (Connection owner = TestServer.database(); Statement s = owner.createStatement()) {
            SQLException e = refused(s, "UPDATE audit_event SET detail = 'x' ORDER BY id LIMIT 1");
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
            e = refused(s, "DELETE FROM audit_event ORDER BY id LIMIT 1");
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }

    @Test
    void aChangedRowIsNamed() throws Exception {
        assertTrue(verify().getBoolean("intact"), verify().toString());
        try (AuditTampering insider = new AuditTampering()) {
            long id = insider.one("SELECT MIN(id) FROM audit_event WHERE action = 'AUDIT_VIEW' AND actor = 'admin'");
            String detail = insider.text("SELECT detail FROM audit_event WHERE id = ?", id);
            insider.execute("UPDATE audit_event SET detail = 'nothing to see here' WHERE id = ?", id);
            try {
                JsonObject report = verify();
                assertFalse(report.getBoolean("intact"));
                assertEquals("BROKEN", report.getString("status"));
                assertEquals(id, report.getJsonObject("firstBroken").getJsonNumber("eventId").longValue(), report.toString());
                assertTrue(report.getJsonObject("firstBroken").getString("reason").contains("changed"), report.toString());
                assertEquals(id, command(insider.owner()).firstBroken().orElseThrow().eventId(), "the command agrees");
            } finally {
                insider.execute("UPDATE audit_event SET detail = ? WHERE id = ?", detail, id);
            }
        }
        assertTrue(verify().getBoolean("intact"), "put back as it was, the chain is whole again");
    }

    @Test
    void aRemovedRowIsNamedByTheRowThatFollowedIt() throws Exception {
        try (AuditTampering insider = new AuditTampering()) {
            // a row in the middle of its lane: one that a later row of the same lane follows
            long id = insider.one("SELECT MIN(e.id) FROM audit_event e JOIN audit_event n ON n.lane = e.lane"
                    + " AND n.lane_seq = e.lane_seq + 1 WHERE e.action = 'AUDIT_VIEW'");
            long next = insider.one("SELECT n.id FROM audit_event e JOIN audit_event n ON n.lane = e.lane"
                    + " AND n.lane_seq = e.lane_seq + 1 WHERE e.id = ?", id);
            insider.execute("CREATE TEMPORARY TABLE removed AS SELECT * FROM audit_event WHERE id = ?", id);
            insider.execute("DELETE FROM audit_event WHERE id = ?", id);
            try {
                JsonObject report = verify();
                assertFalse(report.getBoolean("intact"));
                JsonObject first = report.getJsonObject("firstBroken");
                assertEquals(next, first.getJsonNumber("eventId").longValue(), report.toString());
                assertTrue(first.getString("reason").contains("missing before it"), report.toString());
            } finally {
                insider.execute("INSERT INTO audit_event SELECT * FROM removed");
            }
        }
        assertTrue(verify().getBoolean("intact"), "put back, the chain is whole again");
    }

    @Test
    void aRowSlippedInIsNamed() throws Exception {
        try (AuditTampering insider = new AuditTampering()) {
            insider.execute("INSERT INTO audit_event (occurred_at, actor, action, outcome, detail)"
                    + " VALUES (UTC_TIMESTAMP(6), 'counsellor', 'NOTE_VIEW', 'SUCCESS', 'an alibi')");
            long id = insider.one("SELECT MAX(id) FROM audit_event WHERE detail = 'an alibi'");
            try {
                JsonObject report = verify();
                assertFalse(report.getBoolean("intact"));
                assertEquals(id, report.getJsonObject("firstBroken").getJsonNumber("eventId").longValue(), report.toString());
                assertTrue(report.getJsonObject("firstBroken").getString("reason").contains("not in the chain"));
            } finally {
                insider.execute("DELETE FROM audit_event WHERE id = ?", id);
            }
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void aForgedLinkIsCaughtByTheRowAfterIt() throws Exception {
        // the insider recomputes nothing but sets a new hash: the next row's link no longer holds
        try (AuditTampering insider = new AuditTampering()) {
            long id = insider.one("SELECT MIN(e.id) FROM audit_event e JOIN audit_event n ON n.lane = e.lane"
                    + " AND n.lane_seq = e.lane_seq + 1");
            String hash = insider.text("SELECT row_hash FROM audit_event WHERE id = ?", id);
            insider.execute("UPDATE audit_event SET row_hash = ? WHERE id = ?", "f".repeat(64), id);
            try {
                JsonObject report = verify();
                assertFalse(report.getBoolean("intact"));
                assertEquals(id, report.getJsonObject("firstBroken").getJsonNumber("eventId").longValue(), report.toString());
            } finally {
                insider.execute("UPDATE audit_event SET row_hash = ? WHERE id = ?", hash, id);
            }
        }
        assertTrue(verify().getBoolean("intact"));
    }

    @Test
    void verifyingAndExportingAreAuditedAndOnlyForAdministrators() throws Exception {
        long before = (long) TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_VERIFY'");
        verify();
        assertEquals(before + 1, (long) TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_VERIFY'"));
        java.net.http.HttpResponse<String> csv = csv(admin, "actor=admin&action=AUDIT_VIEW");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,occurred_at,actor,action,outcome,entity_type,entity_id,client_id,source_address,detail", lines[0]);
        assertTrue(lines.length > 3, csv.body());
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains(",admin,AUDIT_VIEW,SUCCESS,"), lines[i]);
        }
        assertEquals(1L, TestServer.queryOne("SELECT COUNT(*) FROM audit_event WHERE action = 'AUDIT_EXPORT' AND actor = 'admin'"
                + " AND detail LIKE '%action=AUDIT_VIEW%'"));
        Api counsellor = Api.as("counsellor");
        assertEquals(403, counsellor.get("api/audit/verify").status());
        assertEquals(403, csv(counsellor, "").statusCode());
        assertEquals(403, counsellor.get("api/audit").status());
        assertTrue(csv.body().getBytes(StandardCharsets.UTF_8).length > 0);
    }

    @Test
    void searchFiltersByOutcomeAndDateAndRefusesNonsense() {
        Api.Reply denied = admin.get("api/audit?outcome=DENIED&size=10");
        assertEquals(200, denied.status(), denied.toString());
        denied.json().getJsonArray("items").forEach(v -> assertEquals("DENIED", v.asJsonObject().getString("outcome")));
        Api.Reply future = admin.get("api/audit?from=2999-01-01");
        assertEquals(0, future.json().getJsonArray("items").size());
        Api.Reply bad = admin.get("api/audit?outcome=MAYBE&from=yesterday&action=NOPE");
        assertEquals(400, bad.status(), bad.toString());
        assertTrue(bad.isProblem());
        JsonObject errors = bad.json().getJsonObject("errors");
        assertTrue(errors.containsKey("outcome") && errors.containsKey("from") && errors.containsKey("action"), bad.toString());
    }

    /** The CSV export as a browser or a script asks for it. */
    private static java.net.http.HttpResponse<String> csv(Api api, String query) throws Exception {
        return TestServer.httpClient(java.net.http.HttpClient.Redirect.NEVER).send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(TestServer.baseUrl() + "api/audit/export.csv?" + query))
                .header("Authorization", "Bearer " + api.token()).header("Accept", "text/csv").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject verify() {
        Api.Reply reply = admin.get("api/audit/verify");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** The command's walk, with the checkpoint key the test server was given. */
    private static ChainReport command(Connection owner) throws Exception {
        CheckpointKey key = CheckpointKey.read(TestServer.dataDir().resolveSibling("data-keys/audit-checkpoint.key"));
        return ChainVerifier.verify(owner, key);
    }

    private static int errorOf(Statement s, String sql) {
        return refused(s, sql).getErrorCode();
    }

    private static SQLException refused(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("not refused: " + sql);
    }
}
