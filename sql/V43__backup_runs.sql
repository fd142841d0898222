-- Backup runs: each backup made by the daily schedule or on demand, with its file and SHA-256, or why it
-- failed. A scheduled run claims its day (unique), so one server of a cluster makes it. A run left
-- RUNNING by a server that stopped is shown as interrupted after an hour.

CREATE TABLE backup_run (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    started_at     DATETIME(6)    NOT NULL,
    finished_at    DATETIME(6)    NULL,
    kind           VARCHAR(20)    NOT NULL,
    scheduled_for  DATE           NULL,
    status         VARCHAR(20)    NOT NULL,
    started_by     VARCHAR(64)    NOT NULL,
    file_name      VARCHAR(200)   NULL,
    bytes          BIGINT         NULL,
    sha256         CHAR(64)       NULL,
    message        VARCHAR(1000)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_backup_run_day UNIQUE (scheduled_for),
    CONSTRAINT ck_backup_run_kind CHECK (kind IN ('SCHEDULED', 'ON_DEMAND')),
    CONSTRAINT ck_backup_run_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO clinic_setting (setting_key, setting_value) VALUES ('BACKUP_TIME', '02:30'), ('BACKUP_RETENTION_DAYS', '14');
