-- Weekly and fortnightly series. Each occurrence is its own appointment row pointing at its series;
-- the series keeps the local wall-clock time and zone, so occurrences keep 17:00 across DST changes.
CREATE TABLE appointment_series (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    recurrence        VARCHAR(20)  NOT NULL,
    local_start_time  TIME         NOT NULL,
    time_zone         VARCHAR(64)  NOT NULL,
    created_by        VARCHAR(64)  NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_series_recurrence CHECK (recurrence IN ('WEEKLY', 'FORTNIGHTLY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

ALTER TABLE appointment ADD COLUMN series_id BIGINT NULL;
ALTER TABLE appointment ADD CONSTRAINT fk_appointment_series FOREIGN KEY (series_id) REFERENCES appointment_series (id);
CREATE INDEX ix_appointment_series ON appointment (series_id, starts_at);
