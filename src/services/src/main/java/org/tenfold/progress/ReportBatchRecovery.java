package org.tenfold.progress;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Resumes monthly report batches whose worker stopped (a server restart or crash): when the server starts,
 * and then every {@code tenfold.report-batches.recovery-seconds} (default 60; 0 turns the periodic pass
 * off, the start-up pass still runs). A RUNNING batch is taken over when its heartbeat is older than
 * {@code tenfold.report-batches.stale-seconds} (default 180), or at once when it was driven by an earlier
 * start of this server. The take-over and every item are claimed in the database, so several servers may
 * run this side by side. (On the managed scheduler, as the reminders are: no EJB timer store needed.)
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReportBatchRecovery {

    private static final Logger LOG = Logger.getLogger(ReportBatchRecovery.class.getName());
    /** The start-up pass waits this long, so the application is fully deployed when its workers start. */
    private static final long FIRST_PASS_SECONDS = 5;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tenfold.report-batches.recovery-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "tenfold.report-batches.stale-seconds", defaultValue = "180")
    long staleSeconds;

    @Inject
    ReportBatchClaims claims;

    @Inject
    ReportBatchWorker worker;

    @Inject
    ReportBatchWorkers workers;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void schedule() {
        if (intervalSeconds <= 0) {
            scheduler.schedule(this::pass, FIRST_PASS_SECONDS, TimeUnit.SECONDS);
            LOG.info("Report batches are resumed at start-up only (interval " + intervalSeconds + ")");
            return;
        }
        // with a fixed delay a pass never overlaps the previous one
        ticking = scheduler.scheduleWithFixedDelay(this::pass, Math.min(FIRST_PASS_SECONDS, intervalSeconds),
                intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void pass() {
        try {
            Instant staleBefore = Instant.now().minus(Duration.ofSeconds(Math.max(1, staleSeconds)));
            for (long batchId : claims.orphaned(staleBefore)) {
                if (workers.drives(batchId)) {
                    continue; // a slow draft of this server's own worker: it is alive
                }
                String token = claims.takeOver(batchId, staleBefore);
                if (token == null) {
                    continue; // another server took it, or its worker showed life
                }
                int released = claims.releaseOthers(batchId, token);
                LOG.info("Report batch " + batchId + " resumed" + (released > 0 ? " (" + released
                        + " unfinished draft(s) of the stopped worker made again)" : ""));
                worker.run(batchId, token);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Resuming report batches failed; trying again next time", e);
        }
    }
}
