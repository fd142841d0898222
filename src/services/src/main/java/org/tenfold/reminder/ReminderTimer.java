package org.tenfold.reminder;

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
 * Runs a dispatch pass on this server every {@code tenfold.reminders.interval-seconds} (default 60;
 * 0 turns it off), on the server's managed scheduler, one pass at a time. Every server of a cluster
 * runs its own; the claims in the database keep them from sending anything twice. (Not an EJB timer:
 * Payara's timer service would bring its own timer store, which this needs none of.)
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tenfold.reminders.interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    ReminderDispatcher dispatcher;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void schedule() {
        if (intervalSeconds <= 0) {
            LOG.info("Appointment reminders are not dispatched on this server (interval " + intervalSeconds + ")");
            return;
        }
        // with a fixed delay a pass never overlaps the previous one
        ticking = scheduler.scheduleWithFixedDelay(this::tick, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            DispatchResult r = dispatcher.dispatchOnce();
            if (r.claimed() > 0) {
                LOG.info("Reminders: " + r.sent() + " sent, " + r.skipped() + " skipped, " + r.failed() + " failed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder dispatch failed; trying again next time", e);
        }
    }
}
