package org.tenfold.backup;

import java.time.Instant;

/**
 * One backup run as screens and the API show it. {@code INTERRUPTED}: a run left RUNNING by a server that
 * stopped (shown once it is an hour old); the next scheduled or on-demand run makes a new backup.
 */
public record BackupRunView(long id, String kind, String status, Instant startedAt, Instant finishedAt,
        String startedBy, String fileName, Long bytes, String sha256, String message) implements java.io.Serializable {
}
