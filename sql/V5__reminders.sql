-- Appointment reminders by email: one row per message to one attendee. A row is claimed by one
-- server (status CLAIMED with that server's token, in its own committed transaction) before the
-- message is sent, so no two servers ever send the same row. seq numbers repeated notices of one
-- kind (a second move) for the same appointment and client.
CREATE TABLE appointment_reminder (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    appointment_id  BIGINT       NOT NULL,
    client_id       BIGINT       NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    seq             INT          NOT NULL DEFAULT 1,
    due_at          DATETIME(6)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    claim_token     VARCHAR(36)  NULL,
    claimed_at      DATETIME(6)  NULL,
    sent_at         DATETIME(6)  NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    note            VARCHAR(500) NULL,
    created_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reminder_message UNIQUE (appointment_id, client_id, kind, seq),
    CONSTRAINT fk_reminder_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_reminder_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_reminder_kind CHECK (kind IN ('REMINDER', 'MOVED', 'CANCELLED')),
    CONSTRAINT ck_reminder_status CHECK (status IN ('PENDING', 'CLAIMED', 'SENT', 'CANCELLED', 'SKIPPED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the dispatcher's claim: pending rows by due time
CREATE INDEX ix_reminder_due ON appointment_reminder (status, due_at);
CREATE INDEX ix_reminder_claim ON appointment_reminder (claim_token);
CREATE INDEX ix_reminder_client ON appointment_reminder (client_id);

INSERT INTO clinic_setting (setting_key, setting_value) VALUES
    ('REMINDERS_ENABLED', 'true'),
    ('REMINDER_LEAD_HOURS', '24'),
    ('REMINDER_INITIALS_ONLY', 'false'),
    ('REMINDER_SENDER_NAME', 'Appointments');
