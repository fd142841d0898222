package org.tenfold.it.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tenfold.it.Api;
import org.tenfold.it.TestServer;
import org.tenfold.it.api.ClientData;
import org.tenfold.it.plan.PlanData;
import org.tenfold.it.plan.PlanData.Case;
import org.tenfold.it.plan.PlanData.Person;

/**
 * A monthly batch whose worker stopped (a restart or crash) is resumed where it stopped. Each batch is
 * started through the API and runs to its end; then the database is put back as a stopped worker would
 * have left it (RUNNING, some items not made, one of them claimed mid-draft, an old heartbeat) and the
 * test server's recovery pass (every 2 s there) must finish it: each draft exactly once, progress to the
 * total, the resumption in the batch's audit trail. A batch whose worker is alive is left alone; an item
 * whose case was closed meanwhile fails with its reason and the batch still ends.
 */
@ExtendWith(ArquillianExtension.class)
class ReportBatchRecoveryIT {

    /** A worker token of a server that is gone: another name than the test server's. */
    private static final String DEAD = "gone@elsewhere/dead0000/4b0f5b3c-0000-0000-0000-000000000000";
    /** A worker token of another server that is alive (its heartbeat is fresh). */
    private static final String LIVE = "other@elsewhere/live0000/6a1e3d2c-0000-0000-0000-000000000000";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aBatchInterruptedByARestartIsResumedWhereItStoppedAndMakesEachDraftOnce() throws Exception {
        Person counsellor = PlanData.newStaff("resume", "COUNSELLOR");
        PlanData.individualCase(counsellor);
        PlanData.individualCase(counsellor);
        PlanData.coupleCase(counsellor);
        long batch = finishedBatch(counsellor.api(), 5);
        List<Long> kept = reportsOfItems(batch, 1, 2);

        interrupt(batch, 2, DEAD, Instant.now().minus(Duration.ofHours(1)));
        assertEquals("RUNNING", TestServer.queryOne("SELECT status FROM progress_report_batch WHERE id = ?", batch));
        assertEquals(2L, ClientData.count("SELECT COUNT(*) FROM progress_report WHERE batch_id = ?", batch),
                "the stopped worker had made two drafts");

        JsonObject state = awaitEnd(counsellor.api(), batch);
        assertEquals("DONE", state.getString("status"), state.toString());
        assertEquals(5, state.getInt("done"), state.toString());
        assertEquals(0, state.getInt("failed"), state.toString());
        assertEquals(100, state.getInt("percent"));
        assertNotNull(state.getString("resumedAt", null), "the batch says it was resumed: " + state);
        assertEquals(1, state.getInt("resumeCount"));
        assertTrue(state.getJsonArray("failures").isEmpty(), state.toString());

        assertEquals(5L, ClientData.count("SELECT COUNT(*) FROM progress_report WHERE batch_id = ?", batch),
                "every draft exists");
        assertEquals(5L, ClientData.count("SELECT COUNT(*) FROM (SELECT DISTINCT client_id, case_id, kind FROM"
                + " progress_report WHERE batch_id = ?) d", batch), "and each exactly once");
        assertEquals(kept, reportsOfItems(batch, 1, 2), "the drafts made before the stop are kept, not made again");
        assertEquals(0L, ClientData.count("SELECT COUNT(*) FROM progress_report_batch_item WHERE batch_id = ? AND"
                + " (status <> 'DONE' OR report_id IS NULL)", batch));
        assertEquals(0L, ClientData.count("SELECT COUNT(*) FROM progress_report_batch_item i JOIN progress_report r"
                + " ON r.id = i.report_id WHERE i.batch_id = ? AND (r.client_id <> i.client_id OR r.case_id <>"
                + " i.case_id OR r.kind <> i.kind)", batch), "each item's own draft");
        assertNotEquals(DEAD, TestServer.queryOne("SELECT worker_token FROM progress_report_batch WHERE id = ?", batch));
        assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PROGRESS_REPORT_BATCH_RESUME'"
                + " AND entity_type = 'ReportBatch' AND entity_id = ? AND outcome = 'SUCCESS'", String.valueOf(batch)));
        assertEquals(4L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PROGRESS_REPORT_GENERATE'"
                + " AND actor = ? AND detail LIKE ?", counsellor.username(), "% in batch " + batch
                + ", resumed after a restart"), "the resumed drafts are audited as the counsellor's, marked resumed"
                + " (the joint one once per partner, and each partner's own)");
    }

    @Test
    void aBatchWhoseWorkerIsAliveIsNotTakenOver() throws Exception {
        Person alive = PlanData.newStaff("alive", "COUNSELLOR");
        PlanData.individualCase(alive);
        PlanData.individualCase(alive);
        long live = finishedBatch(alive.api(), 2);
        Person stopped = PlanData.newStaff("stopped", "COUNSELLOR");
        PlanData.individualCase(stopped);
        PlanData.individualCase(stopped);
        long dead = finishedBatch(stopped.api(), 2);

        interrupt(live, 1, LIVE, Instant.now());
        interrupt(dead, 1, DEAD, Instant.now().minus(Duration.ofHours(1)));
        // the stale batch ending shows a recovery pass has run since both were set
        assertEquals("DONE", awaitEnd(stopped.api(), dead).getString("status"));

        JsonObject state = alive.api().get("api/progress-report-batches/" + live).json();
        assertEquals("RUNNING", state.getString("status"), "a worker with a fresh heartbeat keeps its batch: " + state);
        assertEquals(1, state.getInt("done"));
        assertEquals(0, state.getInt("resumeCount"));
        assertFalse(state.containsKey("resumedAt") && !state.isNull("resumedAt"), state.toString());
        assertEquals(LIVE, TestServer.queryOne("SELECT worker_token FROM progress_report_batch WHERE id = ?", live));
        assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM progress_report WHERE batch_id = ?", live),
                "nothing made behind the live worker's back");
        assertEquals(LIVE, TestServer.queryOne("SELECT claim_token FROM progress_report_batch_item WHERE batch_id = ?"
                + " AND status = 'CLAIMED'", live), "its claimed item is still its own");
        assertEquals(0L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PROGRESS_REPORT_BATCH_RESUME'"
                + " AND entity_id = ?", String.valueOf(live)));

        // once that worker stops showing life, the batch is resumed like any other
        execute("UPDATE progress_report_batch SET heartbeat_at = ? WHERE id = ?",
                utc(Instant.now().minus(Duration.ofHours(1))), live);
        JsonObject ended = awaitEnd(alive.api(), live);
        assertEquals("DONE", ended.getString("status"), ended.toString());
        assertEquals(2, ended.getInt("done"));
        assertEquals(2L, ClientData.count("SELECT COUNT(*) FROM progress_report WHERE batch_id = ?", live));
    }

    @Test
    void anItemWhoseCaseClosedMeanwhileFailsWithItsReasonAndTheBatchStillEnds() throws Exception {
        Person counsellor = PlanData.newStaff("closed", "COUNSELLOR");
        PlanData.individualCase(counsellor);
        Case couple = PlanData.coupleCase(counsellor);
        long batch = finishedBatch(counsellor.api(), 4);

        interrupt(batch, 1, DEAD, Instant.now().minus(Duration.ofHours(1)));
        execute("UPDATE care_case SET status = 'CLOSED', closed_on = CURRENT_DATE, close_reason = 'COMPLETED'"
                + " WHERE id = ?", couple.id());

        JsonObject state = awaitEnd(counsellor.api(), batch);
        assertEquals("DONE", state.getString("status"), "done, with its failures listed: " + state);
        assertEquals(1, state.getInt("done"), state.toString());
        assertEquals(3, state.getInt("failed"), state.toString());
        assertEquals(100, state.getInt("percent"));
        assertNotNull(state.getString("finishedAt", null));
        assertEquals(3, state.getJsonArray("failures").size(), state.toString());
        for (JsonObject f : state.getJsonArray("failures").getValuesAs(JsonObject.class)) {
            assertEquals(couple.id(), f.getJsonNumber("caseId").longValue(), f.toString());
            assertTrue(f.getString("reason").contains("case was closed"), f.toString());
            assertFalse(f.getString("clientName").isBlank(), f.toString());
        }
        assertEquals(0L, ClientData.count("SELECT COUNT(*) FROM progress_report WHERE batch_id = ? AND case_id = ?",
                batch, couple.id()), "nothing made for the closed case");
        assertEquals(3L, ClientData.count("SELECT COUNT(*) FROM progress_report_batch_item WHERE batch_id = ? AND"
                + " status = 'FAILED' AND reason LIKE '%closed%'", batch));
        assertEquals(1L, ClientData.count("SELECT COUNT(*) FROM audit_event WHERE action = 'PROGRESS_REPORT_BATCH_RESUME'"
                + " AND entity_id = ?", String.valueOf(batch)));
    }

    /** Starts the counsellor's batch for last month through the API and waits for its worker to finish it. */
    private static long finishedBatch(Api api, int total) throws Exception {
        Api.Reply started = api.post("api/progress-report-batches", "{}");
        assertEquals(202, started.status(), started.toString());
        assertEquals(total, started.json().getInt("total"), started.toString());
        long batch = started.json().getJsonNumber("id").longValue();
        JsonObject state = awaitEnd(api, batch);
        assertEquals("DONE", state.getString("status"), state.toString());
        assertEquals(total, state.getInt("done"), state.toString());
        assertEquals(0, state.getInt("resumeCount"), "nothing resumed a batch that ran through: " + state);
        assertEquals((long) total, ClientData.count("SELECT COUNT(*) FROM progress_report_batch_item WHERE batch_id = ?"
                + " AND status = 'DONE'", batch));
        return batch;
    }

    /** Polls the batch until it is no longer RUNNING (or the patience runs out: then the test fails). */
    private static JsonObject awaitEnd(Api api, long batch) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            Api.Reply polled = api.get("api/progress-report-batches/" + batch);
            assertEquals(200, polled.status(), polled.toString());
            JsonObject state = polled.json();
            if (!"RUNNING".equals(state.getString("status")) || System.nanoTime() > until) {
                return state;
            }
            Thread.sleep(250);
        }
    }

    /**
     * Puts the batch back as a worker that stopped would have left it: the first {@code made} items DONE
     * with their drafts, the next one CLAIMED by the worker (its draft never committed), the rest PENDING;
     * RUNNING, counting what was made, driven by {@code token} whose heartbeat is {@code heartbeat}.
     */
    private static void interrupt(long batch, int made, String token, Instant heartbeat) throws SQLException {
        List<Long> undone = new ArrayList<>();
        try (Connection c = TestServer.database()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT report_id FROM progress_report_batch_item WHERE"
                    + " batch_id = ? AND seq > ? ORDER BY seq")) {
                s.setLong(1, batch);
                s.setInt(2, made);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        undone.add(r.getLong(1));
                    }
                }
            }
            update(c, "UPDATE progress_report_batch_item SET status = 'PENDING', claim_token = NULL, claimed_at = NULL,"
                    + " report_id = NULL, finished_at = NULL WHERE batch_id = ? AND seq > ?", batch, made);
            update(c, "UPDATE progress_report_batch_item SET status = 'CLAIMED', claim_token = ?, claimed_at = ?"
                    + " WHERE batch_id = ? AND seq = ?", token, utc(heartbeat), batch, made + 1);
            for (long report : undone) {
                update(c, "DELETE FROM progress_report WHERE id = ?", report);
            }
            update(c, "UPDATE progress_report_batch SET status = 'RUNNING', done = ?, failed = 0, finished_at = NULL,"
                    + " worker_token = ?, heartbeat_at = ? WHERE id = ?", made, token, utc(heartbeat), batch);
            c.commit();
        }
    }

    private static List<Long> reportsOfItems(long batch, int fromSeq, int toSeq) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestServer.database(); PreparedStatement s = c.prepareStatement("SELECT report_id FROM"
                + " progress_report_batch_item WHERE batch_id = ? AND seq BETWEEN ? AND ? ORDER BY seq")) {
            s.setLong(1, batch);
            s.setInt(2, fromSeq);
            s.setInt(3, toSeq);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        assertEquals(toSeq - fromSeq + 1, ids.size());
        assertFalse(ids.contains(0L), "each item has its draft: " + ids);
        return ids;
    }

    private static void execute(String sql, Object... params) throws SQLException {
        try (Connection c = TestServer.database()) {
            assertEquals(1, update(c, sql, params), sql);
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
