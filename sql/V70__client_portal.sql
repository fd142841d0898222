-- The client portal: each client's own door to their appointments, released reports and work.
--
-- portal_account is a separate identity store from staff: one account per client, signed in by the client's
-- own email address (unique: two clients never share one), a PBKDF2 hash set by the client from an invitation,
-- an optional TOTP secret, and the same failure count and lockout as staff; link_base is the portal's address
-- as the invitation named it, for later emails when the clinic has not set PORTAL_ADDRESS. portal_link keeps only the SHA-256
-- of the one-time links sent by email (invitation: 7 days; new password: 1 hour). portal_work_update is what a
-- client writes about their homework, reading and self-care (append-only; the latest row per piece is where it
-- stands). portal_cancel_request is a request to front desk to cancel inside the notice period.
-- Instants are UTC DATETIME(6). Depends on V1 (client), V3 (appointment), V8 (care_case).

CREATE TABLE portal_account (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    client_id       BIGINT       NOT NULL,
    email           VARCHAR(254) NOT NULL,
    password_hash   VARCHAR(255) NULL,
    status          VARCHAR(20)  NOT NULL,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6)  NULL,
    totp_secret     VARCHAR(64)  NULL,
    totp_last_step  BIGINT       NULL,
    invited_by      VARCHAR(64)  NOT NULL,
    invited_at      DATETIME(6)  NOT NULL,
    link_base       VARCHAR(500) NULL,
    activated_at    DATETIME(6)  NULL,
    last_sign_in_at DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_portal_account_client UNIQUE (client_id),
    CONSTRAINT uk_portal_account_email UNIQUE (email),
    CONSTRAINT fk_portal_account_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_portal_account_status CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE portal_link (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_portal_link_hash UNIQUE (token_hash),
    CONSTRAINT fk_portal_link_account FOREIGN KEY (account_id) REFERENCES portal_account (id),
    CONSTRAINT ck_portal_link_purpose CHECK (purpose IN ('INVITATION', 'NEW_PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_portal_link_account ON portal_link (account_id, used_at);

CREATE TABLE portal_work_update (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    case_id    BIGINT        NOT NULL,
    client_id  BIGINT        NOT NULL,
    kind       VARCHAR(20)   NOT NULL,
    ref_id     BIGINT        NOT NULL,
    done       BOOLEAN       NOT NULL,
    comment    VARCHAR(1000) NULL,
    written_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_portal_work_update_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_portal_work_update_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_portal_work_update_kind CHECK (kind IN ('HOMEWORK', 'NOTE_HOMEWORK', 'EDUCATION', 'SELF_CARE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_portal_work_update_client ON portal_work_update (client_id, written_at);
CREATE INDEX ix_portal_work_update_case ON portal_work_update (case_id, written_at);

CREATE TRIGGER portal_work_update_bu BEFORE UPDATE ON portal_work_update FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'what a client wrote is never changed: a new row follows it';

CREATE TABLE portal_cancel_request (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    appointment_id BIGINT       NOT NULL,
    client_id      BIGINT       NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    requested_at   DATETIME(6)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    handled_by     VARCHAR(64)  NULL,
    handled_at     DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_portal_cancel_request_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_portal_cancel_request_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_portal_cancel_request_status CHECK (status IN ('OPEN', 'CANCELLED', 'KEPT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_portal_cancel_request_status ON portal_cancel_request (status, requested_at);
CREATE INDEX ix_portal_cancel_request_appointment ON portal_cancel_request (appointment_id);

-- The portal's settings: its neutral name (page titles, the sender of its emails), the idle minutes after which a
-- session ends, the notice in hours inside which a cancellation goes to front desk, the public address of the
-- portal for emailed links (empty: the address staff used when inviting), where "leave quickly" goes, and
-- whether a released report is announced by a discreet email.
INSERT INTO clinic_setting (setting_key, setting_value) VALUES
    ('PORTAL_NAME', 'My space'),
    ('PORTAL_IDLE_MINUTES', '10'),
    ('PORTAL_CANCEL_NOTICE_HOURS', '24'),
    ('PORTAL_ADDRESS', ''),
    ('PORTAL_LEAVE_ADDRESS', 'https://www.bbc.co.uk/weather'),
    ('PORTAL_NOTIFY_ON_RELEASE', 'true');
