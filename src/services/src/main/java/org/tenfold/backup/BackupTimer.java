package org.tenfold.backup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZonedDateTime;
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
@TransactionManagement(TransactionManagementType.BEAN) // no container transaction around the tick: each step takes its own
public class BackupTimer {

    private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());

    @Inject
    @ConfigProperty(name = "tenfold.backup.schedule", defaultValue = "true")
    boolean enabled;

    @Inject
    BackupConfig config;

    @Inject
    BackupMaker maker;

    @Inject
    ClinicProfile profile;

    @PostConstruct
    void announce() {
        if (!enabled || config.missing().isPresent()) {
            LOG.warning("Daily backups are off on this server: " + config.missing().orElse("tenfold.backup.schedule=false"));
        }
    }

    /**
     * Once a minute, as a container timer (not a task on a managed executor): the container ends it with the
     * deployment, so a redeployed application never keeps an old timer ticking against a closed persistence unit.
     */
    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "daily backup check")
    void everyMinute() {
        if (enabled && config.missing().isEmpty()) {
            tick();
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
