package org.tenfold.measure;

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
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a pass of the questionnaire schedule every {@code tenfold.measures.interval-seconds} (default 60; 0 turns
 * it off) on this server's managed scheduler, one pass at a time: make what fell due, email waiting links, close
 * what ran out of time. Every server of a cluster runs its own; locks and unique occasions keep them apart.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "InstrumentLoader"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MeasureTimer {

    private static final Logger LOG = Logger.getLogger(MeasureTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tenfold.measures.interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    MeasureSweep sweep;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void schedule() {
        if (intervalSeconds <= 0) {
            LOG.info("Questionnaires are not scheduled on this server (interval " + intervalSeconds + ")");
            return;
        }
        ticking = scheduler.scheduleWithFixedDelay(this::tick, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    /** One pass; what failed for one assignment or one message is logged in a line and tried next time. */
    void tick() {
        Instant now = Instant.now();
        int made = 0;
        int sent = 0;
        try {
            for (long id : sweep.activeAssignments()) {
                try {
                    made += sweep.plan(id, now);
                } catch (RuntimeException e) {
                    LOG.info(() -> "Questionnaire assignment " + id + " not planned this time: " + rootMessage(e));
                }
            }
            for (long id : sweep.waitingForEmail(now)) {
                try {
                    sent += sweep.send(id, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.info(() -> "Questionnaire link " + id + " not sent this time: " + rootMessage(e));
                    sweep.sendFailed(id);
                }
            }
            int closed = sweep.expire(now);
            if (made + sent + closed > 0) {
                int m = made;
                int s = sent;
                LOG.info(() -> "Questionnaires: " + m + " due, " + s + " link(s) emailed, " + closed + " closed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Questionnaire pass failed; trying again next time: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
