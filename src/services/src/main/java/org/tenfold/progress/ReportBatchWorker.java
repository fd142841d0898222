package org.tenfold.progress;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tenfold.platform.BusinessException;

/**
 * Makes a batch's drafts in the background for the counsellor who started it (their access rules apply,
 * and the audit rows name them), one item at a time: claim it in the database, make its draft and mark it
 * done in one transaction. A draft that fails is recorded with its reason and the rest go on. The same run
 * serves a fresh batch and one resumed after a restart; it stops when no item is left, or when another run
 * has taken the batch over. It runs on the server's managed executor, with nobody signed in: whose drafts
 * they are comes from the batch row, never from the caller.
 */
@ApplicationScoped
public class ReportBatchWorker {

    private static final Logger LOG = Logger.getLogger(ReportBatchWorker.class.getName());
    /** Racing claims may deadlock in the database; the loser tries again this many times. */
    private static final int CLAIM_TRIES = 5;

    @Inject
    ReportBatchClaims claims;

    @Inject
    ReportBatchWorkers workers;

    @Resource
    ManagedExecutorService executor;

    /** Starts driving the batch in the background under this run's token. */
    public void run(long batchId, String token) {
        workers.started(batchId, token);
        try {
            executor.execute(() -> runNow(batchId, token));
        } catch (RuntimeException e) {
            workers.ended(token);
            throw e;
        }
    }

    private void runNow(long batchId, String token) {
        try {
            drive(batchId, token);
        } catch (RuntimeException e) {
            // the batch stays RUNNING with its heartbeat ageing: the recovery pass takes it up again
            LOG.log(Level.WARNING, "Batch " + batchId + " stopped; it will be resumed", e);
        } finally {
            workers.ended(token);
        }
    }

    private void drive(long batchId, String token) {
        while (claims.heartbeat(batchId, token)) {
            Long item = claimNext(batchId, token);
            if (item == null) {
                break;
            }
            try {
                claims.makeOne(item, token);
            } catch (RuntimeException e) {
                String reason = reason(e);
                if (e instanceof BusinessException) {
                    LOG.info("Batch " + batchId + ": item " + item + " not made: " + reason);
                } else {
                    LOG.log(Level.WARNING, "Batch " + batchId + ": item " + item + " not made", e);
                }
                claims.failOne(item, token, reason);
            }
        }
        claims.settle(batchId);
    }

    private Long claimNext(long batchId, String token) {
        for (int attempt = 1;; attempt++) {
            try {
                return claims.claimNext(batchId, token);
            } catch (RuntimeException e) {
                if (attempt >= CLAIM_TRIES) {
                    throw e;
                }
                LOG.log(Level.FINE, "Batch " + batchId + ": claim raced, trying again", e);
            }
        }
    }

    /** What the batch shows for a failed item: a refusal's own words, else a plain note. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BusinessException b && b.getMessage() != null) {
                return b.getMessage();
            }
            if (t instanceof PersistenceException) {
                break;
            }
        }
        return "The draft could not be made (a technical error, recorded in the server log).";
    }
}
