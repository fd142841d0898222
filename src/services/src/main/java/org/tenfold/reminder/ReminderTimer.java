package org.tenfold.reminder;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs a dispatch pass on this server every {@code tenfold.reminders.interval-seconds} (default 60;
 * 0 turns it off). A non-persistent timer: every server of a cluster runs its own, and the claims
 * in the database keep them from sending anything twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderTimer {

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "tenfold.reminders.interval-seconds", defaultValue = "60")
    long intervalSeconds;

    @Inject
    ReminderDispatcher dispatcher;

    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        if (intervalSeconds <= 0) {
            LOG.info("Appointment reminders are not dispatched on this server (interval " + intervalSeconds + ")");
            return;
        }
        long every = intervalSeconds * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("appointment reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous pass is still sending
        }
        try {
            DispatchResult r = dispatcher.dispatchOnce();
            if (r.claimed() > 0) {
                LOG.info("Reminders: " + r.sent() + " sent, " + r.skipped() + " skipped, " + r.failed() + " failed");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminder dispatch failed; trying again next time", e);
        } finally {
            running.set(false);
        }
    }
}
