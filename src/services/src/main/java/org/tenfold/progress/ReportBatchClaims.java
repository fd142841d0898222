package org.tenfold.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;

/**
 * A batch worker's steps, each in its own transaction and each decided by a conditional update in the
 * database, so that two servers, or the recovery pass and a live worker, never make the same draft:
 * <ul>
 * <li>take over a RUNNING batch only while nobody drives it (its heartbeat is old, or its token names an
 * earlier start of this server), one winner;</li>
 * <li>claim the next PENDING item (one winner per item);</li>
 * <li>make the claimed item's draft and mark it DONE in one transaction, only while still holding it; the
 * batch's counts are recounted from its items in that same transaction.</li>
 * </ul>
 * Internal to the batch (as the reminders' worker is): nothing here is reachable from a request.
 */
@ApplicationScoped
public class ReportBatchClaims {

    /** Who the audit trail names for a resumption: nobody signed in did it. */
    static final String ACTOR = "report-batches";

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    ReportBatchDrafts drafts;

    @Inject
    AuditTrail audit;

    @Inject
    ReportBatchWorkers workers;

    /** RUNNING batches that nobody drives any more: heartbeat before {@code staleBefore}, or an earlier start of this server. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> orphaned(Instant staleBefore) {
        List<?> ids = em.createNativeQuery("SELECT id FROM progress_report_batch WHERE status = 'RUNNING' AND ("
                + ORPHANED + ") ORDER BY id")
                .setParameter(1, utc(staleBefore)).setParameter(2, workers.serverPrefix())
                .setParameter(3, workers.bootPrefix()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static final String ORPHANED = "heartbeat_at IS NULL OR heartbeat_at < ?1 OR (LEFT(worker_token, "
            + "CHAR_LENGTH(?2)) = ?2 AND LEFT(worker_token, CHAR_LENGTH(?3)) <> ?3)";

    /**
     * Takes the batch over for a new worker run, if it is still RUNNING and nobody drives it; records the
     * resumption in the batch's audit trail. Returns the run's token, or null when another took it first
     * or it came back to life.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String takeOver(long batchId, Instant staleBefore) {
        String token = workers.newToken();
        Instant now = Instant.now();
        ReportBatch before = em.find(ReportBatch.class, batchId);
        if (before == null) {
            return null;
        }
        Instant lastSeen = before.getHeartbeatAt();
        int won = em.createNativeQuery("UPDATE progress_report_batch SET worker_token = ?4, heartbeat_at = ?5,"
                + " resumed_at = ?5, resume_count = resume_count + 1"
                + " WHERE id = ?6 AND status = 'RUNNING' AND (" + ORPHANED + ")")
                .setParameter(1, utc(staleBefore)).setParameter(2, workers.serverPrefix())
                .setParameter(3, workers.bootPrefix()).setParameter(4, token).setParameter(5, utc(now))
                .setParameter(6, batchId).executeUpdate();
        if (won == 0) {
            return null;
        }
        Number left = (Number) em.createNativeQuery("SELECT COUNT(*) FROM progress_report_batch_item WHERE batch_id = ?1"
                + " AND status IN ('PENDING', 'CLAIMED')").setParameter(1, batchId).getSingleResult();
        audit.recordAs(ACTOR, null, AuditAction.PROGRESS_REPORT_BATCH_RESUME, AuditOutcome.SUCCESS, "ReportBatch",
                batchId, null, "resumed after its worker stopped (last seen " + (lastSeen == null ? "never" : lastSeen)
                        + "): " + left + " of " + before.getTotal() + " draft(s) left");
        return token;
    }

    /**
     * Items that a stopped worker had claimed but not finished go back to PENDING (they have no draft: a
     * draft and its item's DONE commit together). An item whose draft is being made right now is locked
     * by that transaction; this waits for it and then finds it finished.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseOthers(long batchId, String token) {
        return em.createNativeQuery("UPDATE progress_report_batch_item SET status = 'PENDING', claim_token = NULL,"
                + " claimed_at = NULL WHERE batch_id = ?1 AND status = 'CLAIMED' AND claim_token <> ?2")
                .setParameter(1, batchId).setParameter(2, token).executeUpdate();
    }

    /** Shows this run is alive; false when the batch is finished or another run has taken it over. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean heartbeat(long batchId, String token) {
        return em.createNativeQuery("UPDATE progress_report_batch SET heartbeat_at = ?1 WHERE id = ?2 AND"
                + " status = 'RUNNING' AND worker_token = ?3").setParameter(1, utc(Instant.now()))
                .setParameter(2, batchId).setParameter(3, token).executeUpdate() == 1;
    }

    /** The next item for this run, claimed in the database; null when none is left. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Long claimNext(long batchId, String token) {
        int claimed = em.createNativeQuery("UPDATE progress_report_batch_item SET status = 'CLAIMED', claim_token = ?1,"
                + " claimed_at = ?2 WHERE batch_id = ?3 AND status = 'PENDING' ORDER BY seq LIMIT 1")
                .setParameter(1, token).setParameter(2, utc(Instant.now())).setParameter(3, batchId).executeUpdate();
        if (claimed == 0) {
            return null;
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM progress_report_batch_item WHERE batch_id = ?1 AND"
                + " status = 'CLAIMED' AND claim_token = ?2 ORDER BY seq").setParameter(1, batchId)
                .setParameter(2, token).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    /**
     * Makes the claimed item's draft and marks the item DONE, in one transaction; false (nothing made) when
     * this run no longer holds the item. A refusal or error rolls everything back and is thrown.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean makeOne(long itemId, String token) {
        ReportBatchItem item = em.find(ReportBatchItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || !item.claimedBy(token)) {
            return false;
        }
        // the batch row next, always in this order (item, then batch), so that racing runs queue, never deadlock
        em.find(ReportBatch.class, item.getBatchId(), LockModeType.PESSIMISTIC_WRITE);
        long report = drafts.generate(item, token);
        item.done(report, Instant.now());
        recount(item.getBatchId());
        return true;
    }

    /**
     * The item failed with this reason, if this run still holds it. Should its draft exist after all (made
     * by a run that lost the item while finishing it), the item is DONE with that draft instead.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failOne(long itemId, String token, String reason) {
        ReportBatchItem item = em.find(ReportBatchItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || !item.claimedBy(token)) {
            return;
        }
        List<?> made = em.createNativeQuery("SELECT id FROM progress_report WHERE batch_id = ?1 AND client_id = ?2"
                + " AND case_id = ?3 AND kind = ?4").setParameter(1, item.getBatchId())
                .setParameter(2, item.getClientId()).setParameter(3, item.getCaseId())
                .setParameter(4, item.getKind().name()).getResultList();
        if (made.isEmpty()) {
            item.failed(reason, Instant.now());
        } else {
            item.done(((Number) made.get(0)).longValue(), Instant.now());
        }
        recount(item.getBatchId());
    }

    /** Recounts the batch from its items and ends it when none is left open; whether it is still RUNNING. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean settle(long batchId) {
        return recount(batchId).getStatus() == ReportBatch.Status.RUNNING;
    }

    private ReportBatch recount(long batchId) {
        ReportBatch b = em.find(ReportBatch.class, batchId, LockModeType.PESSIMISTIC_WRITE);
        em.flush();
        List<?> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM progress_report_batch_item WHERE batch_id = ?1"
                + " GROUP BY status").setParameter(1, batchId).getResultList();
        int made = 0;
        int failed = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            int n = ((Number) r[1]).intValue();
            if ("DONE".equals(r[0])) {
                made = n;
            } else if ("FAILED".equals(r[0])) {
                failed = n;
            }
        }
        b.recount(made, failed, Instant.now());
        return b;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
