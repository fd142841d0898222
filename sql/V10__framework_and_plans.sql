-- The ten-step framework as reference data, and treatment plans per case: versioned, with goals
-- tied to one step and one member (or the couple) and measurable objectives. A signed plan is never
-- changed in place: the service refuses it, and the triggers below refuse it again at the database,
-- whatever path a change takes. Depends on V8 (care_case, client).

-- Codes and numbers never change; the clinic may reword title and description.
CREATE TABLE framework_step (
    code         VARCHAR(30)   NOT NULL,
    step_number  INT           NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    description  VARCHAR(2000) NOT NULL,
    concerns     VARCHAR(20)   NOT NULL,
    updated_by   VARCHAR(64)   NULL,
    updated_at   DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (code),
    CONSTRAINT uk_framework_step_number UNIQUE (step_number),
    CONSTRAINT ck_framework_step_number CHECK (step_number BETWEEN 1 AND 10),
    CONSTRAINT ck_framework_step_concerns CHECK (concerns IN ('IN_RECOVERY', 'BOTH', 'EACH', 'COUPLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO framework_step (code, step_number, title, description, concerns) VALUES
('ACKNOWLEDGE', 1, 'Acknowledgment and Responsibility',
 'The partner in recovery names what happened, without minimising or blaming, and takes responsibility for the hurt it caused. Trust cannot start to grow back until the truth is on the table.',
 'IN_RECOVERY'),
('COMMUNICATE', 2, 'Open and Honest Communication',
 'Both partners learn to speak about hard things honestly and to listen without attacking or withdrawing: regular, safe conversations instead of secrets and silences.',
 'BOTH'),
('PROFESSIONAL_HELP', 3, 'Seek Professional Help',
 'Both partners commit to the work with the clinic: attending sessions, doing the work between them, and each having support of their own where it helps.',
 'BOTH'),
('BOUNDARIES', 4, 'Establish Boundaries',
 'The partners agree together on clear boundaries that make the relationship feel safe again, what happens if one is crossed, and when they will look at them again.',
 'BOTH'),
('PATIENCE', 5, 'Patience and Time',
 'Rebuilding trust takes longer than either partner wants. Both learn to expect setbacks, to allow the hurt partner their own pace, and not to rush forgiveness.',
 'BOTH'),
('EMPATHY', 6, 'Cultivate Empathy',
 'Each partner works to understand the other''s experience: the partner in recovery the impact of the betrayal, the hurt partner what lies behind the behaviour, without excusing it.',
 'EACH'),
('MILESTONES', 7, 'Celebrate Small Milestones',
 'The couple notices and marks progress, however small: time in recovery, a hard conversation handled well, a boundary kept. Progress seen is progress that lasts.',
 'BOTH'),
('EDUCATION', 8, 'Education',
 'Both partners learn about addiction, recovery and betrayal trauma through reading, workshops and support groups, so they share a language for what is happening.',
 'BOTH'),
('SELF_CARE', 9, 'Prioritize Self-Care',
 'Each partner looks after their own health and wellbeing (sleep, exercise, friends, their own support) so that neither carries the recovery alone.',
 'EACH'),
('INTIMACY', 10, 'Rebuild Intimacy',
 'The couple rebuilds closeness, emotional intimacy first and physical intimacy after, at a pace both partners agree to.',
 'COUPLE');

-- One row per version of a case's plan. draft_case_id is the case's id while the row is a DRAFT and
-- NULL otherwise, so the unique key allows only one draft per case.
CREATE TABLE treatment_plan (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    case_id         BIGINT      NOT NULL,
    plan_version    INT         NOT NULL,
    status          VARCHAR(20) NOT NULL,
    review_on       DATE        NULL,
    from_template   BOOLEAN     NOT NULL DEFAULT FALSE,
    previous_id     BIGINT      NULL,
    created_by      VARCHAR(64) NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    signed_by       VARCHAR(64) NULL,
    signed_at       DATETIME(6) NULL,
    content_sha256  CHAR(64)    NULL,
    superseded_at   DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    draft_case_id   BIGINT      AS (CASE WHEN status = 'DRAFT' THEN case_id END) STORED,
    PRIMARY KEY (id),
    CONSTRAINT uk_treatment_plan_version UNIQUE (case_id, plan_version),
    CONSTRAINT uk_treatment_plan_one_draft UNIQUE (draft_case_id),
    CONSTRAINT fk_treatment_plan_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_treatment_plan_previous FOREIGN KEY (previous_id) REFERENCES treatment_plan (id),
    CONSTRAINT ck_treatment_plan_status CHECK (status IN ('DRAFT', 'SIGNED', 'SUPERSEDED')),
    CONSTRAINT ck_treatment_plan_signed CHECK (status = 'DRAFT'
        OR (signed_by IS NOT NULL AND signed_at IS NOT NULL AND content_sha256 IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_treatment_plan_review ON treatment_plan (status, review_on);

-- goal_key stays the same across versions (a revision copies it), so versions can be compared goal by
-- goal. client_id NULL means the goal is the couple's.
CREATE TABLE plan_goal (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id         BIGINT        NOT NULL,
    goal_key        VARCHAR(36)   NOT NULL,
    step_code       VARCHAR(30)   NOT NULL,
    client_id       BIGINT        NULL,
    statement       VARCHAR(2000) NOT NULL,
    interventions   TEXT          NULL,
    status          VARCHAR(20)   NOT NULL,
    clinician_note  TEXT          NULL,
    sort_order      INT           NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_goal_key UNIQUE (plan_id, goal_key),
    CONSTRAINT fk_plan_goal_plan FOREIGN KEY (plan_id) REFERENCES treatment_plan (id),
    CONSTRAINT fk_plan_goal_step FOREIGN KEY (step_code) REFERENCES framework_step (code),
    CONSTRAINT fk_plan_goal_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_plan_goal_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'PAUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE plan_objective (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    goal_id         BIGINT        NOT NULL,
    objective_key   VARCHAR(36)   NOT NULL,
    objective_text  VARCHAR(1000) NOT NULL,
    target_date     DATE          NULL,
    status          VARCHAR(20)   NOT NULL,
    sort_order      INT           NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_plan_objective_key UNIQUE (goal_id, objective_key),
    CONSTRAINT fk_plan_objective_goal FOREIGN KEY (goal_id) REFERENCES plan_goal (id),
    CONSTRAINT ck_plan_objective_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'NOT_ACHIEVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- The database's own refusal to change a signed plan. Only the move SIGNED -> SUPERSEDED (when the next
-- version is signed) touches a signed row; its content, hash and signature never change, and no goal
-- or objective of it is added, changed or removed.
DELIMITER $$

CREATE TRIGGER treatment_plan_signed_bu BEFORE UPDATE ON treatment_plan FOR EACH ROW
BEGIN
    IF OLD.status <> 'DRAFT' AND (NEW.status = 'DRAFT' OR NOT (NEW.review_on <=> OLD.review_on)
            OR NOT (NEW.content_sha256 <=> OLD.content_sha256) OR NOT (NEW.signed_by <=> OLD.signed_by)
            OR NOT (NEW.signed_at <=> OLD.signed_at) OR NEW.case_id <> OLD.case_id
            OR NEW.plan_version <> OLD.plan_version OR NOT (NEW.previous_id <=> OLD.previous_id)
            OR (OLD.status = 'SUPERSEDED' AND NEW.status <> 'SUPERSEDED')) THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

CREATE TRIGGER treatment_plan_signed_bd BEFORE DELETE ON treatment_plan FOR EACH ROW
BEGIN
    IF OLD.status <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

CREATE TRIGGER plan_goal_signed_bi BEFORE INSERT ON plan_goal FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM treatment_plan p WHERE p.id = NEW.plan_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

CREATE TRIGGER plan_goal_signed_bu BEFORE UPDATE ON plan_goal FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM treatment_plan p WHERE p.id = OLD.plan_id) <> 'DRAFT'
            OR (SELECT p.status FROM treatment_plan p WHERE p.id = NEW.plan_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

CREATE TRIGGER plan_goal_signed_bd BEFORE DELETE ON plan_goal FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM treatment_plan p WHERE p.id = OLD.plan_id) <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

CREATE TRIGGER plan_objective_signed_bi BEFORE INSERT ON plan_objective FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM plan_goal g JOIN treatment_plan p ON p.id = g.plan_id WHERE g.id = NEW.goal_id)
            <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

CREATE TRIGGER plan_objective_signed_bu BEFORE UPDATE ON plan_objective FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM plan_goal g JOIN treatment_plan p ON p.id = g.plan_id WHERE g.id = OLD.goal_id)
            <> 'DRAFT'
            OR (SELECT p.status FROM plan_goal g JOIN treatment_plan p ON p.id = g.plan_id WHERE g.id = NEW.goal_id)
            <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

CREATE TRIGGER plan_objective_signed_bd BEFORE DELETE ON plan_objective FOR EACH ROW
BEGIN
    IF (SELECT p.status FROM plan_goal g JOIN treatment_plan p ON p.id = g.plan_id WHERE g.id = OLD.goal_id)
            <> 'DRAFT' THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'signed plans cannot be changed; revise it';
    END IF;
END$$

DELIMITER ;
