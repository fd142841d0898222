package org.tenfold.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tenfold.audit.AuditCheckpoints;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.records.SecretFiles;

/**
 * Makes a backup: signs an audit checkpoint, runs the dump tool through {@link BackupWriter} with the
 * checkpoint key as the one file kept outside the database, and deletes backups older than the
 * retention. One run at a time on this server. Called by the daily timer and by administrators.
 */
@ApplicationScoped
public class BackupMaker {

    private static final Logger LOG = Logger.getLogger(BackupMaker.class.getName());
    private final ReentrantLock running = new ReentrantLock();

    @Inject
    BackupConfig config;

    @Inject
    BackupRuns runs;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    ClinicProfile profile;

    @Inject
    @ConfigProperty(name = "tenfold.audit.key-file")
    Optional<String> auditKeyFile;

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    /** @return the finished run, or empty when the day's scheduled run was already claimed */
    public Optional<BackupRunView> make(String kind, LocalDate scheduledFor, String actor) {
        Optional<Long> claimed;
        try {
            claimed = runs.start(kind, scheduledFor, actor);
        } catch (RuntimeException e) {
            if (scheduledFor == null) {
                throw e;
            }
            return Optional.empty(); // another server claimed the day at the same moment
        }
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long id = claimed.get();
        if (!running.tryLock()) {
            runs.fail(id, actor, "another backup is being made on this server");
            return find(id);
        }
        try {
            Optional<String> missing = config.missing();
            if (missing.isPresent()) {
                runs.fail(id, actor, "not configured: " + missing.get());
                return find(id);
            }
            BackupWriter.requireKeyOutside(config.keyFile(), config.folder());
            byte[] key = SecretFiles.readKey(config.keyFile());
            Optional<AuditCheckpoints.Signed> signed = checkpoints.sign();
            Map<String, byte[]> files = new LinkedHashMap<>();
            if (auditKeyFile.isPresent() && Files.isReadable(Path.of(auditKeyFile.get()))) {
                files.put("audit-checkpoint.key", Files.readAllBytes(Path.of(auditKeyFile.get())));
            }
            Instant now = Instant.now();
            BackupWriter.Result result = BackupWriter.write(config.source(), config.folder(), key, files,
                    new BackupWriter.AuditState(signed.map(AuditCheckpoints.Signed::checkpoint).orElse(""),
                            signed.map(AuditCheckpoints.Signed::head).orElse("")), schemaVersion(), now);
            int retention = BackupSettings.of(profile.all()).retentionDays();
            List<String> pruned = BackupWriter.prune(config.folder(), Duration.ofDays(retention), now).stream()
                    .map(p -> p.getFileName().toString()).toList();
            runs.finish(id, actor, result, pruned);
            LOG.info("Backup " + result.file() + " (" + result.manifest().bytes() + " bytes)");
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warning("Backup failed: " + e.getMessage());
            runs.fail(id, actor, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            runs.fail(id, actor, "interrupted");
        } finally {
            running.unlock();
        }
        return find(id);
    }

    private Optional<BackupRunView> find(long id) {
        return runs.recent(50).stream().filter(r -> r.id() == id).findFirst();
    }

    private String schemaVersion() {
        try {
            Object v = em.createNativeQuery("SELECT MAX(CAST(version AS UNSIGNED)) FROM flyway_schema_history"
                    + " WHERE success = 1").getSingleResult();
            return String.valueOf(v);
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
