package org.tenfold.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.tenfold.audit.AuditAction;
import org.tenfold.audit.AuditOutcome;
import org.tenfold.audit.AuditTrail;

/**
 * The record of backup runs, each change in a transaction of its own (a run takes minutes; nothing
 * is held open meanwhile). A scheduled run claims its day: the unique day lets one server of a cluster
 * make it.
 */
@ApplicationScoped
public class BackupRuns {

    static final Duration INTERRUPTED_AFTER = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(BackupRuns.class.getName());

    @PersistenceContext(unitName = "tenfold")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * @return the new run's id, or empty when the day's scheduled run was already claimed. A day's run left
     * RUNNING longer than {@link #INTERRUPTED_AFTER} (its server stopped in the middle) is given up, so the
     * day still gets its backup: its row is marked and the day claimed again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> start(String kind, LocalDate scheduledFor, String by) {
        if (scheduledFor != null) {
            int givenUp = em.createNativeQuery("UPDATE backup_run SET status = 'FAILED', finished_at = ?,"
                    + " message = 'interrupted; made again', scheduled_for = NULL WHERE scheduled_for = ?"
                    + " AND status = 'RUNNING' AND started_at < ?").setParameter(1, utc(Instant.now()))
                    .setParameter(2, scheduledFor).setParameter(3, utc(Instant.now().minus(INTERRUPTED_AFTER)))
                    .executeUpdate();
            if (givenUp > 0) {
                LOG.warning("The scheduled backup of " + scheduledFor + " was left running by a stopped server;"
                        + " making it again");
            }
        }
        if (scheduledFor != null && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM backup_run"
                + " WHERE scheduled_for = ?").setParameter(1, scheduledFor).getSingleResult()).longValue() > 0) {
            return Optional.empty(); // made already (two servers at once: the unique day refuses the second)
        }
        em.createNativeQuery("INSERT INTO backup_run (started_at, kind, scheduled_for, status, started_by)"
                + " VALUES (?, ?, ?, 'RUNNING', ?)").setParameter(1, utc(Instant.now())).setParameter(2, kind)
                .setParameter(3, scheduledFor).setParameter(4, by).executeUpdate();
        return Optional.of(((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(long id, String actor, BackupWriter.Result result, List<String> pruned) {
        em.createNativeQuery("UPDATE backup_run SET status = 'DONE', finished_at = ?, file_name = ?, bytes = ?,"
                + " sha256 = ?, message = ? WHERE id = ?").setParameter(1, utc(Instant.now()))
                .setParameter(2, result.manifest().fileName()).setParameter(3, result.manifest().bytes())
                .setParameter(4, result.manifest().sha256())
                .setParameter(5, pruned.isEmpty() ? null : "deleted after the retention: " + String.join(", ", pruned))
                .setParameter(6, id).executeUpdate();
        audit.recordAs(actor, null, AuditAction.BACKUP_CREATE, AuditOutcome.SUCCESS, "Backup", id, null,
                result.manifest().fileName() + " (" + result.manifest().bytes() + " bytes, SHA-256 "
                        + result.manifest().sha256() + ")");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long id, String actor, String reason) {
        String message = reason == null ? "failed" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        em.createNativeQuery("UPDATE backup_run SET status = 'FAILED', finished_at = ?, message = ? WHERE id = ?")
                .setParameter(1, utc(Instant.now())).setParameter(2, message).setParameter(3, id).executeUpdate();
        audit.recordAs(actor, null, AuditAction.BACKUP_CREATE, AuditOutcome.FAILURE, "Backup", id, null, message);
    }

    @Transactional
    public List<BackupRunView> recent(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, status, started_at, finished_at, started_by,"
                + " file_name, bytes, sha256, message FROM backup_run ORDER BY id DESC LIMIT ?").setParameter(1, max)
                .getResultList();
        Instant now = Instant.now();
        return rows.stream().map(r -> {
            Instant started = instant(r[3]);
            String status = (String) r[2];
            if ("RUNNING".equals(status) && started.isBefore(now.minus(INTERRUPTED_AFTER))) {
                status = "INTERRUPTED";
            }
            return new BackupRunView(((Number) r[0]).longValue(), (String) r[1], status, started, instant(r[4]),
                    (String) r[5], (String) r[6], r[7] == null ? null : ((Number) r[7]).longValue(), (String) r[8],
                    (String) r[9]);
        }).toList();
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
