-- The clinic's logo on the letterhead of plan PDFs and progress reports: at most one row (id = 1).
CREATE TABLE clinic_logo (
    id            TINYINT      NOT NULL,
    content_type  VARCHAR(32)  NOT NULL,
    bytes         MEDIUMBLOB   NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT clinic_logo_single CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
