package org.tenfold.backup;

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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenfold.clinic.ClinicProfile;

/**
 * Makes the daily backup: once a minute it looks whether today's backup time (clinic time) has passed
 * and today's run is not made yet; the run claims the day, so a server started late makes it then and
 * two servers make it once. {@code tenfold.backup.schedule} = false turns the schedule off on a server.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BackupTimer {

    private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tenfold.backup.schedule", defaultValue = "true")
    boolean enabled;

    @Inject
    BackupConfig config;

    @Inject
    BackupMaker maker;

    @Inject
    ClinicProfile profile;

    private ScheduledFuture<?> ticking;

    @PostConstruct
    void schedule() {
        if (!enabled || config.missing().isPresent()) {
            LOG.warning("Daily backups are off on this server: " + config.missing().orElse("tenfold.backup.schedule=false"));
            return;
        }
        ticking = scheduler.scheduleWithFixedDelay(this::tick, 60, 60, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    private void tick() {
        try {
            ZonedDateTime now = ZonedDateTime.now(profile.zone());
            BackupSettings settings = BackupSettings.of(profile.all());
            if (!now.toLocalTime().isBefore(settings.at())) {
                LocalDate today = now.toLocalDate();
                maker.make("SCHEDULED", today, "system");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled backup failed; trying again tomorrow", e);
        }
    }
}
