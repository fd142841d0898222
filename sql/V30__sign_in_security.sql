-- Sign-in that strangers cannot use as a weapon, and a second factor for staff.
--
-- Second factor: a TOTP secret (RFC 6238, Base32) per account once enrolled, with the last time step a
-- code was accepted at, so a code is accepted once (a compare-and-set UPDATE, also across servers); ten
-- single-use recovery codes per enrolment, kept as SHA-256 (they are random, 50 bits each, so a slow
-- hash buys nothing); and the devices a person chose to be remembered on, by the SHA-256 of a random
-- cookie value, for at most 30 days.
ALTER TABLE staff
    ADD COLUMN totp_secret      VARCHAR(64) NULL,
    ADD COLUMN totp_enrolled_at DATETIME(6) NULL,
    ADD COLUMN totp_last_step   BIGINT      NULL;

CREATE TABLE staff_recovery_code (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    staff_id   BIGINT      NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_recovery_code UNIQUE (staff_id, code_hash),
    CONSTRAINT fk_staff_recovery_code_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE staff_trusted_device (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    staff_id   BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_staff_trusted_device UNIQUE (token_hash),
    CONSTRAINT fk_staff_trusted_device_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Administrators always need the second factor; everyone else when the clinic says so. A device may be
-- remembered for MFA_REMEMBER_DAYS (0: never; at most 30).
INSERT INTO clinic_setting (setting_key, setting_value) VALUES
    ('MFA_REQUIRED_FOR_ALL', 'false'),
    ('MFA_REMEMBER_DAYS', '0');
