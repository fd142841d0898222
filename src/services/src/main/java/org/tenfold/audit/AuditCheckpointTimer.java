package org.tenfold.audit;

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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs a checkpoint of the audit chain every {@code tenfold.audit.checkpoint-seconds} (default 300) when
 * events were written since the last one. Rows removed from the end of the chain are detected up to the
 * newest checkpoint; this interval is how much could go unseen. Every server of a cluster runs this timer;
 * the task's lock row ({@code timer_lock}) lets one sign at a time, and the next finds the heads signed already.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditCheckpointTimer {

    private static final Logger LOG = Logger.getLogger(AuditCheckpointTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tenfold.audit.checkpoint-seconds", defaultValue = "300")
    long intervalSeconds;

    @Inject
    AuditKey key;

    @Inject
    AuditCheckpoints checkpoints;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void schedule() {
        if (key.key().isEmpty()) {
            LOG.warning("No audit checkpoint key (TENFOLD_AUDIT_KEY_FILE): the audit chain is written but not signed,"
                    + " so rows removed from its end would not be detected");
            return;
        }
        if (intervalSeconds > 0) {
            ticking = scheduler.scheduleWithFixedDelay(this::tick, 5, intervalSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            checkpoints.sign();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Audit checkpoint failed; trying again next time", e);
        }
    }
}
