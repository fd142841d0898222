-- Outcome measures. Questionnaires (instruments) are reference data: each version of a definition file is
-- loaded at start (or imported by an administrator) into measure_instrument with its items, options, bands
-- and subscales, and never changed afterwards; a new wording is a new version. What members answer is
-- theirs: an assignment (a questionnaire on a schedule, per case member), its responses (one per occasion,
-- or typed in from paper) and their answers, saved one by one. A submitted response and its answers never
-- change (the triggers below refuse); a correction is a new response naming the one it corrects. Only the
-- SHA-256 of a response's one-time link is kept. A draft progress report names the questionnaires it charts.
-- Instants are UTC DATETIME(6). Depends on V1 (client), V3 (appointment), V8 (care_case), V16 (progress_report).

CREATE TABLE measure_instrument (
    id                      BIGINT         NOT NULL AUTO_INCREMENT,
    code                    VARCHAR(40)    NOT NULL,
    definition_version      INT            NOT NULL,
    title                   VARCHAR(200)   NOT NULL,
    full_name               VARCHAR(300)   NOT NULL,
    client_title            VARCHAR(200)   NOT NULL,
    instructions            VARCHAR(2000)  NOT NULL,
    source                  VARCHAR(2000)  NOT NULL,
    licence                 VARCHAR(2000)  NOT NULL,
    score_method            VARCHAR(10)    NOT NULL,
    score_min               DECIMAL(10,2)  NOT NULL,
    score_max               DECIMAL(10,2)  NOT NULL,
    higher_is_better        BOOLEAN        NOT NULL,
    cutoff_value            DECIMAL(10,2)  NULL,
    cutoff_when             VARCHAR(12)    NULL,
    cutoff_label            VARCHAR(300)   NULL,
    reliable_change         DECIMAL(10,2)  NULL,
    reliable_change_source  VARCHAR(1000)  NULL,
    definition_sha256       CHAR(64)       NOT NULL,
    origin                  VARCHAR(10)    NOT NULL,
    loaded_by               VARCHAR(64)    NOT NULL,
    loaded_at               DATETIME(6)    NOT NULL,
    version                 BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_measure_instrument_version UNIQUE (code, definition_version),
    CONSTRAINT ck_measure_instrument_method CHECK (score_method IN ('SUM', 'MEAN')),
    CONSTRAINT ck_measure_instrument_origin CHECK (origin IN ('BUNDLED', 'IMPORTED')),
    CONSTRAINT ck_measure_instrument_cutoff CHECK (cutoff_when IS NULL
        OR cutoff_when IN ('AT_OR_ABOVE', 'ABOVE', 'BELOW', 'AT_OR_BELOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE measure_item (
    instrument_id    BIGINT         NOT NULL,
    item_number      INT            NOT NULL,
    kind             VARCHAR(10)    NOT NULL,
    item_text        VARCHAR(1000)  NOT NULL,
    step_code        VARCHAR(40)    NULL,
    scored           BOOLEAN        NOT NULL,
    reverse_scored   BOOLEAN        NOT NULL,
    required         BOOLEAN        NOT NULL,
    critical_above   INT            NULL,
    critical_raises  VARCHAR(20)    NULL,
    critical_label   VARCHAR(200)   NULL,
    PRIMARY KEY (instrument_id, item_number),
    CONSTRAINT fk_measure_item_instrument FOREIGN KEY (instrument_id) REFERENCES measure_instrument (id),
    CONSTRAINT ck_measure_item_kind CHECK (kind IN ('CHOICE', 'TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE measure_option (
    instrument_id  BIGINT        NOT NULL,
    item_number    INT           NOT NULL,
    position       INT           NOT NULL,
    option_value   INT           NOT NULL,
    label          VARCHAR(200)  NOT NULL,
    PRIMARY KEY (instrument_id, item_number, position),
    CONSTRAINT uk_measure_option_value UNIQUE (instrument_id, item_number, option_value),
    CONSTRAINT fk_measure_option_item FOREIGN KEY (instrument_id, item_number)
        REFERENCES measure_item (instrument_id, item_number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE measure_band (
    instrument_id  BIGINT         NOT NULL,
    position       INT            NOT NULL,
    score_from     DECIMAL(10,2)  NOT NULL,
    score_to       DECIMAL(10,2)  NOT NULL,
    label          VARCHAR(100)   NOT NULL,
    PRIMARY KEY (instrument_id, position),
    CONSTRAINT fk_measure_band_instrument FOREIGN KEY (instrument_id) REFERENCES measure_instrument (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE measure_subscale (
    instrument_id   BIGINT         NOT NULL,
    position        INT            NOT NULL,
    subscale_code   VARCHAR(40)    NOT NULL,
    title           VARCHAR(200)   NOT NULL,
    item_numbers    VARCHAR(500)   NOT NULL,
    cutoff_value    DECIMAL(10,2)  NULL,
    cutoff_when     VARCHAR(12)    NULL,
    cutoff_label    VARCHAR(300)   NULL,
    PRIMARY KEY (instrument_id, position),
    CONSTRAINT fk_measure_subscale_instrument FOREIGN KEY (instrument_id) REFERENCES measure_instrument (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE measure_assignment (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    case_id          BIGINT         NOT NULL,
    client_id        BIGINT         NOT NULL,
    instrument_code  VARCHAR(40)    NOT NULL,
    schedule_kind    VARCHAR(20)    NOT NULL,
    lead_hours       INT            NULL,
    interval_weeks   INT            NULL,
    starts_on        DATE           NOT NULL,
    delivery         VARCHAR(12)    NOT NULL,
    note             VARCHAR(1000)  NULL,
    link_base        VARCHAR(300)   NULL,
    status           VARCHAR(10)    NOT NULL,
    stop_reason      VARCHAR(12)    NULL,
    stopped_by       VARCHAR(64)    NULL,
    stopped_at       DATETIME(6)    NULL,
    created_by       VARCHAR(64)    NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_measure_assignment_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_measure_assignment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_measure_assignment_schedule CHECK (schedule_kind IN ('ONCE', 'BEFORE_APPOINTMENT', 'EVERY_N_WEEKS')),
    CONSTRAINT ck_measure_assignment_delivery CHECK (delivery IN ('EMAIL', 'IN_SESSION')),
    CONSTRAINT ck_measure_assignment_status CHECK (status IN ('ACTIVE', 'STOPPED')),
    CONSTRAINT ck_measure_assignment_lead CHECK (schedule_kind <> 'BEFORE_APPOINTMENT' OR lead_hours BETWEEN 1 AND 168),
    CONSTRAINT ck_measure_assignment_weeks CHECK (schedule_kind <> 'EVERY_N_WEEKS' OR interval_weeks BETWEEN 1 AND 52)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_measure_assignment_case ON measure_assignment (case_id, id);
CREATE INDEX ix_measure_assignment_client ON measure_assignment (client_id, id);
CREATE INDEX ix_measure_assignment_status ON measure_assignment (status, id);

CREATE TABLE measure_response (
    id               BIGINT         NOT NULL AUTO_INCREMENT,
    case_id          BIGINT         NOT NULL,
    client_id        BIGINT         NOT NULL,
    instrument_id    BIGINT         NOT NULL,
    assignment_id    BIGINT         NULL,
    occasion         VARCHAR(40)    NULL,
    appointment_id   BIGINT         NULL,
    due_at           DATETIME(6)    NULL,
    channel          VARCHAR(10)    NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    corrects_id      BIGINT         NULL,
    staff_comment    VARCHAR(2000)  NULL,
    link_sha256      CHAR(64)       NULL,
    link_expires_at  DATETIME(6)    NULL,
    link_sent_at     DATETIME(6)    NULL,
    link_attempts    INT            NOT NULL DEFAULT 0,
    opened_at        DATETIME(6)    NULL,
    submitted_by     VARCHAR(64)    NULL,
    submitted_at     DATETIME(6)    NULL,
    closed_at        DATETIME(6)    NULL,
    created_by       VARCHAR(64)    NOT NULL,
    created_at       DATETIME(6)    NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_measure_response_occasion UNIQUE (assignment_id, occasion),
    CONSTRAINT uk_measure_response_link UNIQUE (link_sha256),
    CONSTRAINT fk_measure_response_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_measure_response_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_measure_response_instrument FOREIGN KEY (instrument_id) REFERENCES measure_instrument (id),
    CONSTRAINT fk_measure_response_assignment FOREIGN KEY (assignment_id) REFERENCES measure_assignment (id),
    CONSTRAINT fk_measure_response_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_measure_response_corrects FOREIGN KEY (corrects_id) REFERENCES measure_response (id),
    CONSTRAINT ck_measure_response_channel CHECK (channel IN ('LINK', 'PAPER')),
    CONSTRAINT ck_measure_response_status CHECK (status IN ('OPEN', 'SUBMITTED', 'EXPIRED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_measure_response_client ON measure_response (client_id, created_at);
CREATE INDEX ix_measure_response_case ON measure_response (case_id, created_at);
CREATE INDEX ix_measure_response_open ON measure_response (status, link_sent_at, due_at);

CREATE TABLE measure_answer (
    id            BIGINT         NOT NULL AUTO_INCREMENT,
    response_id   BIGINT         NOT NULL,
    client_id     BIGINT         NOT NULL,
    item_number   INT            NOT NULL,
    answer_value  INT            NULL,
    answer_text   VARCHAR(2000)  NULL,
    answered_by   VARCHAR(64)    NOT NULL,
    answered_at   DATETIME(6)    NOT NULL,
    version       BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_measure_answer_item UNIQUE (response_id, item_number),
    CONSTRAINT fk_measure_answer_response FOREIGN KEY (response_id) REFERENCES measure_response (id),
    CONSTRAINT fk_measure_answer_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The questionnaires a draft progress report charts, in the order chosen.
CREATE TABLE progress_report_measure (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    report_id        BIGINT       NOT NULL,
    instrument_code  VARCHAR(40)  NOT NULL,
    position         INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_progress_report_measure UNIQUE (report_id, instrument_code),
    CONSTRAINT fk_progress_report_measure_report FOREIGN KEY (report_id) REFERENCES progress_report (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

DELIMITER $$

-- Reference rows are written once, when a definition version is loaded.
CREATE TRIGGER measure_instrument_bu BEFORE UPDATE ON measure_instrument FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an instrument version never changes; load a new version';
END$$

CREATE TRIGGER measure_instrument_bd BEFORE DELETE ON measure_instrument FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an instrument version never changes; load a new version';
END$$

-- A submitted response never changes; a response that is not open only records nothing more.
CREATE TRIGGER measure_response_bu BEFORE UPDATE ON measure_response FOR EACH ROW
BEGIN
    IF OLD.status <> 'OPEN' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot be changed; enter a correction';
    END IF;
END$$

CREATE TRIGGER measure_response_bd BEFORE DELETE ON measure_response FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot be changed; enter a correction';
END$$

CREATE TRIGGER measure_answer_bi BEFORE INSERT ON measure_answer FOR EACH ROW
BEGIN
    IF (SELECT r.status FROM measure_response r WHERE r.id = NEW.response_id) <> 'OPEN' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot be changed; enter a correction';
    END IF;
END$$

CREATE TRIGGER measure_answer_bu BEFORE UPDATE ON measure_answer FOR EACH ROW
BEGIN
    IF (SELECT r.status FROM measure_response r WHERE r.id = OLD.response_id) <> 'OPEN'
            OR NEW.response_id <> OLD.response_id OR NEW.item_number <> OLD.item_number
            OR NEW.client_id <> OLD.client_id THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot be changed; enter a correction';
    END IF;
END$$

CREATE TRIGGER measure_answer_bd BEFORE DELETE ON measure_answer FOR EACH ROW
BEGIN
    IF (SELECT r.status FROM measure_response r WHERE r.id = OLD.response_id) <> 'OPEN' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a submitted response cannot be changed; enter a correction';
    END IF;
END$$

-- A released report keeps what it charted.
CREATE TRIGGER progress_report_measure_bi BEFORE INSERT ON progress_report_measure FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM progress_report p WHERE p.id = NEW.report_id) = 'RELEASED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'released progress reports cannot be changed';
    END IF;
END$$

CREATE TRIGGER progress_report_measure_bd BEFORE DELETE ON progress_report_measure FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM progress_report p WHERE p.id = OLD.report_id) = 'RELEASED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'released progress reports cannot be changed';
    END IF;
END$$

DELIMITER ;
