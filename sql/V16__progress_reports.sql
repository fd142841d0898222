-- Progress reports: a draft per client and period, built from what may be shared with that client; once
-- RELEASED, the rendered PDF is kept byte for byte with its SHA-256 and the row never changes again.
-- kind: INDIVIDUAL (an individual case), JOINT (a couple's joint report), PARTNER_OWN (one partner's own).

CREATE TABLE progress_report (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    client_id        BIGINT       NOT NULL,
    case_id          BIGINT       NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    period_from      DATE         NOT NULL,
    period_to        DATE         NOT NULL,
    summary          TEXT         NULL,
    generated_by     VARCHAR(64)  NOT NULL,
    generated_at     DATETIME(6)  NOT NULL,
    released_by      VARCHAR(64)  NULL,
    released_at      DATETIME(6)  NULL,
    released_pdf     LONGBLOB     NULL,
    released_sha256  CHAR(64)     NULL,
    batch_id         BIGINT       NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_progress_report_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT ck_progress_report_kind CHECK (kind IN ('INDIVIDUAL', 'JOINT', 'PARTNER_OWN')),
    CONSTRAINT ck_progress_report_status CHECK (status IN ('DRAFT', 'RELEASED')),
    CONSTRAINT ck_progress_report_period CHECK (period_from <= period_to),
    CONSTRAINT ck_progress_report_released CHECK (status = 'DRAFT'
        OR (released_pdf IS NOT NULL AND released_sha256 IS NOT NULL AND released_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_progress_report_client ON progress_report (client_id, generated_at);

-- One-time download links: only the token's SHA-256 is kept; a link opens once, before it expires.
CREATE TABLE progress_report_link (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    report_id     BIGINT       NOT NULL,
    token_sha256  CHAR(64)     NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    used_at       DATETIME(6)  NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_progress_report_link_token UNIQUE (token_sha256),
    CONSTRAINT fk_progress_report_link_report FOREIGN KEY (report_id) REFERENCES progress_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- A counsellor's monthly batch of drafts, generated in the background; its progress is kept here so a
-- screen can show it after navigating away and back.
CREATE TABLE progress_report_batch (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    counsellor_id  BIGINT       NOT NULL,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    total          INT          NOT NULL DEFAULT 0,
    done           INT          NOT NULL DEFAULT 0,
    failed         INT          NOT NULL DEFAULT 0,
    started_by     VARCHAR(64)  NOT NULL,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_progress_report_batch_staff FOREIGN KEY (counsellor_id) REFERENCES staff (id),
    CONSTRAINT ck_progress_report_batch_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

DELIMITER $$

CREATE TRIGGER progress_report_released_bu BEFORE UPDATE ON progress_report FOR EACH ROW
BEGIN
    IF OLD.status = 'RELEASED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'released progress reports cannot be changed';
    END IF;
END$$

CREATE TRIGGER progress_report_released_bd BEFORE DELETE ON progress_report FOR EACH ROW
BEGIN
    IF OLD.status = 'RELEASED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'released progress reports cannot be changed';
    END IF;
END$$

DELIMITER ;
