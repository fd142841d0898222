-- Session notes: one per held appointment, in DAP, SOAP or BIRP, with the steps worked on, homework,
-- milestones, signed addenda, the co-signature history and the author's private process section.
-- A note is edited only as a DRAFT; once signed (SIGNED, or SIGNED_PENDING_COSIGN while a supervisor
-- looks at it) the service refuses every change and the triggers below refuse it again at the database.
-- Depends on V3 (appointment), V8 (care_case, client, staff), V10 (framework_step).

CREATE TABLE session_note (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    appointment_id   BIGINT       NOT NULL,
    case_id          BIGINT       NOT NULL,
    owner_client_id  BIGINT       NULL,
    author_id        BIGINT       NOT NULL,
    note_format      VARCHAR(10)  NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    section_1        TEXT         NULL,
    section_2        TEXT         NULL,
    section_3        TEXT         NULL,
    section_4        TEXT         NULL,
    risk_update      VARCHAR(20)  NULL,
    risk_concern     TEXT         NULL,
    risk_client_id   BIGINT       NULL,
    homework_text    TEXT         NULL,
    change_request   TEXT         NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    signed_by        VARCHAR(64)  NULL,
    signed_at        DATETIME(6)  NULL,
    cosigned_by      VARCHAR(64)  NULL,
    cosigned_at      DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_session_note_appointment UNIQUE (appointment_id),
    CONSTRAINT fk_session_note_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_session_note_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_session_note_owner FOREIGN KEY (owner_client_id) REFERENCES client (id),
    CONSTRAINT fk_session_note_author FOREIGN KEY (author_id) REFERENCES staff (id),
    CONSTRAINT ck_session_note_format CHECK (note_format IN ('DAP', 'SOAP', 'BIRP')),
    CONSTRAINT ck_session_note_status CHECK (status IN ('DRAFT', 'SIGNED_PENDING_COSIGN', 'SIGNED')),
    CONSTRAINT ck_session_note_signed CHECK (status = 'DRAFT' OR (signed_by IS NOT NULL AND signed_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_session_note_author ON session_note (author_id, status);
CREATE INDEX ix_session_note_case ON session_note (case_id);

-- The charts the note is filed into: both partners for a joint session, the one client otherwise.
CREATE TABLE session_note_client (
    note_id    BIGINT NOT NULL,
    client_id  BIGINT NOT NULL,
    PRIMARY KEY (note_id, client_id),
    CONSTRAINT fk_session_note_client_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_session_note_client_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_session_note_client_client ON session_note_client (client_id);

-- The steps worked on (each step once per note: the service checks it; a draft's rows are replaced on
-- every save, so no unique key stands in the way of the delete-then-insert). objective_status is the status the counsellor recorded for the linked objective
-- in this session: a signed plan never changes, so the latest signed note's status is the current one.
CREATE TABLE session_note_step (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    note_id           BIGINT        NOT NULL,
    step_code         VARCHAR(30)   NOT NULL,
    rating            INT           NULL,
    step_comment      VARCHAR(1000) NULL,
    goal_id           BIGINT        NULL,
    objective_id      BIGINT        NULL,
    objective_status  VARCHAR(20)   NULL,
    sort_order        INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_note_step_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_session_note_step_step FOREIGN KEY (step_code) REFERENCES framework_step (code),
    CONSTRAINT fk_session_note_step_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id),
    CONSTRAINT fk_session_note_step_objective FOREIGN KEY (objective_id) REFERENCES plan_objective (id),
    CONSTRAINT ck_session_note_step_rating CHECK (rating IS NULL OR rating BETWEEN 0 AND 10),
    CONSTRAINT ck_session_note_step_objective CHECK (objective_status IS NULL
        OR objective_status IN ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'NOT_ACHIEVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Homework: a self-care plan or an education assignment of the case, or free text.
CREATE TABLE session_note_homework (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    note_id     BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    ref_id      BIGINT        NULL,
    detail      VARCHAR(1000) NULL,
    sort_order  INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_note_homework_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT ck_session_note_homework_kind CHECK (kind IN ('SELF_CARE', 'EDUCATION', 'TEXT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Milestones reached in the session; each becomes a milestone record when the note is signed.
CREATE TABLE session_note_milestone (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    note_id      BIGINT        NOT NULL,
    client_id    BIGINT        NULL,
    description  VARCHAR(1000) NOT NULL,
    sort_order   INT           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_note_milestone_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_session_note_milestone_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Corrections to a signed note: dated, signed, never changed or removed.
CREATE TABLE session_note_addendum (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    note_id    BIGINT       NOT NULL,
    body       TEXT         NOT NULL,
    signed_by  VARCHAR(64)  NOT NULL,
    signed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_note_addendum_note FOREIGN KEY (note_id) REFERENCES session_note (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Signing, co-signing and requests for changes, kept for good.
CREATE TABLE session_note_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    note_id     BIGINT        NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    at          DATETIME(6)   NOT NULL,
    comment     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_session_note_event_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT ck_session_note_event_kind CHECK (kind IN ('SIGNED', 'SIGNED_PENDING_COSIGN', 'COSIGNED',
        'CHANGES_REQUESTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The author's private process section: stored apart, read and written by its author only.
CREATE TABLE session_note_private (
    note_id     BIGINT       NOT NULL,
    author_id   BIGINT       NOT NULL,
    body        TEXT         NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (note_id),
    CONSTRAINT fk_session_note_private_note FOREIGN KEY (note_id) REFERENCES session_note (id),
    CONSTRAINT fk_session_note_private_author FOREIGN KEY (author_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

DELIMITER $$

-- A signed note never changes. A note awaiting co-signature only moves to SIGNED (co-signed) or back to
-- DRAFT (changes requested), its content untouched.
CREATE TRIGGER session_note_signed_bu BEFORE UPDATE ON session_note FOR EACH ROW
BEGIN
    IF OLD.status = 'SIGNED' OR (OLD.status = 'SIGNED_PENDING_COSIGN' AND (
            NEW.status = 'SIGNED_PENDING_COSIGN'
            OR NOT (NEW.section_1 <=> OLD.section_1) OR NOT (NEW.section_2 <=> OLD.section_2)
            OR NOT (NEW.section_3 <=> OLD.section_3) OR NOT (NEW.section_4 <=> OLD.section_4)
            OR NEW.note_format <> OLD.note_format OR NOT (NEW.risk_update <=> OLD.risk_update)
            OR NOT (NEW.risk_concern <=> OLD.risk_concern) OR NOT (NEW.homework_text <=> OLD.homework_text)
            OR NEW.appointment_id <> OLD.appointment_id OR NEW.author_id <> OLD.author_id)) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_signed_bd BEFORE DELETE ON session_note FOR EACH ROW
BEGIN
    IF OLD.status <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_client_bi BEFORE INSERT ON session_note_client FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_client_bu BEFORE UPDATE ON session_note_client FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
END$$

CREATE TRIGGER session_note_client_bd BEFORE DELETE ON session_note_client FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = OLD.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_step_bi BEFORE INSERT ON session_note_step FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_step_bu BEFORE UPDATE ON session_note_step FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = OLD.note_id) <> 'DRAFT'
            OR (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_step_bd BEFORE DELETE ON session_note_step FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = OLD.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_homework_bi BEFORE INSERT ON session_note_homework FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_homework_bu BEFORE UPDATE ON session_note_homework FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = OLD.note_id) <> 'DRAFT'
            OR (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_homework_bd BEFORE DELETE ON session_note_homework FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = OLD.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_milestone_bi BEFORE INSERT ON session_note_milestone FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_milestone_bu BEFORE UPDATE ON session_note_milestone FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = OLD.note_id) <> 'DRAFT'
            OR (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_milestone_bd BEFORE DELETE ON session_note_milestone FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = OLD.note_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed session notes cannot be changed; add an addendum';
    END IF;
END$$

CREATE TRIGGER session_note_addendum_bi BEFORE INSERT ON session_note_addendum FOR EACH ROW
BEGIN
    IF (SELECT n.status FROM session_note n WHERE n.id = NEW.note_id) <> 'SIGNED' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'addenda are added to signed session notes only';
    END IF;
END$$

CREATE TRIGGER session_note_addendum_bu BEFORE UPDATE ON session_note_addendum FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed addenda cannot be changed';
END$$

CREATE TRIGGER session_note_addendum_bd BEFORE DELETE ON session_note_addendum FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed addenda cannot be changed';
END$$

CREATE TRIGGER session_note_event_bu BEFORE UPDATE ON session_note_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a session note''s history cannot be changed';
END$$

CREATE TRIGGER session_note_event_bd BEFORE DELETE ON session_note_event FOR EACH ROW
BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'a session note''s history cannot be changed';
END$$

DELIMITER ;
