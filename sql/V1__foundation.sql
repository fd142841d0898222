-- Tenfold foundation: staff and their roles, API tokens, clients, the audit trail, clinic settings.
-- Portable between MySQL 8 and MariaDB 10.11+: InnoDB, utf8mb4 with an accent-insensitive
-- collation that both know (so "Zoe" finds "Zoë"), DATETIME(6) holding UTC instants.

CREATE TABLE staff (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    email          VARCHAR(254) NULL,
    password_hash  VARCHAR(255) NOT NULL,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins  INT          NOT NULL DEFAULT 0,
    locked_until   DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE staff_role (
    staff_id  BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    PRIMARY KEY (staff_id, role),
    CONSTRAINT fk_staff_role_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT ck_staff_role CHECK (role IN ('ADMIN', 'FRONT_DESK', 'COUNSELLOR', 'SUPERVISOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE api_token (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    token_hash  CHAR(64)    NOT NULL,
    staff_id    BIGINT      NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE client (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    chart_number            VARCHAR(16)  NULL,
    legal_first_name        VARCHAR(100) NOT NULL,
    legal_last_name         VARCHAR(100) NOT NULL,
    preferred_name          VARCHAR(100) NULL,
    pronouns                VARCHAR(40)  NULL,
    date_of_birth           DATE         NULL,
    email                   VARCHAR(254) NULL,
    phone                   VARCHAR(40)  NULL,
    phone_digits_reversed   VARCHAR(40)  NULL,
    last_name_tail          VARCHAR(100) NULL,
    address_line1           VARCHAR(200) NULL,
    address_line2           VARCHAR(200) NULL,
    city                    VARCHAR(100) NULL,
    region                  VARCHAR(100) NULL,
    postal_code             VARCHAR(20)  NULL,
    country                 VARCHAR(100) NULL,
    emergency_name          VARCHAR(200) NULL,
    emergency_relationship  VARCHAR(100) NULL,
    emergency_phone         VARCHAR(40)  NULL,
    consent_email           BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_sms             BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_phone           BOOLEAN      NOT NULL DEFAULT FALSE,
    consent_post            BOOLEAN      NOT NULL DEFAULT FALSE,
    status                  VARCHAR(20)  NOT NULL,
    created_at              DATETIME(6)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_client_chart_number UNIQUE (chart_number),
    CONSTRAINT ck_client_status CHECK (status IN ('ENQUIRY', 'WAITLIST', 'ACTIVE', 'DISCHARGED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The search box matches names, email, the end of the phone number (its digits stored reversed)
-- and the later part of a double surname by prefix: each has an index a range scan can use.
CREATE INDEX ix_client_last_first_dob ON client (legal_last_name, legal_first_name, date_of_birth);
CREATE INDEX ix_client_first ON client (legal_first_name);
CREATE INDEX ix_client_preferred ON client (preferred_name);
CREATE INDEX ix_client_email ON client (email);
CREATE INDEX ix_client_phone_reversed ON client (phone_digits_reversed);
CREATE INDEX ix_client_last_tail ON client (last_name_tail);
CREATE INDEX ix_client_status_last ON client (status, legal_last_name);
CREATE INDEX ix_client_created ON client (created_at);

CREATE TABLE audit_event (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(6)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    action          VARCHAR(40)   NOT NULL,
    entity_type     VARCHAR(40)   NULL,
    entity_id       VARCHAR(64)   NULL,
    client_id       BIGINT        NULL,
    outcome         VARCHAR(20)   NOT NULL,
    source_address  VARCHAR(64)   NULL,
    detail          VARCHAR(1000) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_audit_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_client ON audit_event (client_id, occurred_at);
CREATE INDEX ix_audit_actor ON audit_event (actor, occurred_at);

CREATE TABLE clinic_setting (
    setting_key    VARCHAR(64)   NOT NULL,
    setting_value  VARCHAR(1000) NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (setting_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO clinic_setting (setting_key, setting_value) VALUES
    ('CLINIC_NAME', 'Tenfold Clinic'),
    ('TIME_ZONE', 'Europe/London');
