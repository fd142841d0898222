-- One row per scheduled task that must run once across the servers of a cluster. A server's run of the task
-- locks the task's row (SELECT ... FOR UPDATE) for the length of its transaction: a second server running the
-- same task at the same moment waits for the first to commit, then sees its work (READ COMMITTED) and has
-- nothing left to do. Tasks whose work is a set of due rows (reminders, questionnaires, report batches, the
-- daily backup) claim each row instead and need no row here.

CREATE TABLE timer_lock (
    name VARCHAR(64) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the audit chain's checkpoint (AuditCheckpoints): one checkpoint per set of chain heads, whichever server signs it
INSERT INTO timer_lock (name) VALUES ('audit-checkpoint');
