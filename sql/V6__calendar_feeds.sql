-- Calendar feeds: each counsellor may subscribe to their own appointments through a secret URL.
-- Only the SHA-256 of the URL's 256-bit token is stored; at most one feed per member of staff.
CREATE TABLE calendar_feed (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    staff_id      BIGINT       NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    detail        VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_read_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_calendar_feed_staff UNIQUE (staff_id),
    CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT ck_calendar_feed_detail CHECK (detail IN ('INITIALS', 'FIRST_NAMES'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
