-- Monthly report batches survive a restart: each draft a batch is to make is stored as an item, claimed by
-- one worker at a time (claim_token) and finished in the same transaction as its draft. The batch row
-- names the worker run that drives it (worker_token) and when that run last showed life (heartbeat_at);
-- a RUNNING batch whose heartbeat is old is taken over and resumed where it stopped.

ALTER TABLE progress_report_batch
    ADD COLUMN worker_token  VARCHAR(100) NULL,
    ADD COLUMN heartbeat_at  DATETIME(6)  NULL,
    ADD COLUMN resumed_at    DATETIME(6)  NULL,
    ADD COLUMN resume_count  INT          NOT NULL DEFAULT 0;

CREATE INDEX ix_progress_report_batch_running ON progress_report_batch (status, heartbeat_at);

CREATE TABLE progress_report_batch_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    batch_id     BIGINT        NOT NULL,
    seq          INT           NOT NULL,
    client_id    BIGINT        NOT NULL,
    case_id      BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    claim_token  VARCHAR(100)  NULL,
    claimed_at   DATETIME(6)   NULL,
    report_id    BIGINT        NULL,
    reason       VARCHAR(500)  NULL,
    finished_at  DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_progress_report_batch_item UNIQUE (batch_id, seq),
    CONSTRAINT fk_progress_report_batch_item_batch FOREIGN KEY (batch_id) REFERENCES progress_report_batch (id),
    CONSTRAINT fk_progress_report_batch_item_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_progress_report_batch_item_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_progress_report_batch_item_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT ck_progress_report_batch_item_kind CHECK (kind IN ('INDIVIDUAL', 'JOINT', 'PARTNER_OWN')),
    CONSTRAINT ck_progress_report_batch_item_status CHECK (status IN ('PENDING', 'CLAIMED', 'DONE', 'FAILED')),
    CONSTRAINT ck_progress_report_batch_item_done CHECK (status <> 'DONE' OR report_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_progress_report_batch_item_open ON progress_report_batch_item (batch_id, status, seq);

-- A batch makes each of its drafts at most once, whatever races.
CREATE UNIQUE INDEX uk_progress_report_batch_draft ON progress_report (batch_id, client_id, case_id, kind);

-- Batches interrupted before this version kept no list of their drafts and cannot be resumed: they end
-- with what they made, the rest counted as failed.
UPDATE progress_report_batch
   SET failed = total - done,
       status = CASE WHEN done > 0 THEN 'DONE' ELSE 'FAILED' END,
       finished_at = UTC_TIMESTAMP(6)
 WHERE status = 'RUNNING';
