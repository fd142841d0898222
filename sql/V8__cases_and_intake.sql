-- Intake and cases: enquiries, the intake form with its risk screening, flags and tasks raised from
-- it, consent wordings (versioned) and each client's consent decisions (append-only), cases of one
-- client or a couple, supervision, and break-the-glass grants. Instants are UTC DATETIME(6).
-- Depends only on V1 (staff, client).

CREATE TABLE enquiry (
    id                       BIGINT        NOT NULL AUTO_INCREMENT,
    client_id                BIGINT        NOT NULL,
    heard_about              VARCHAR(200)  NULL,
    reason                   VARCHAR(1000) NULL,
    preferred_counsellor_id  BIGINT        NULL,
    preferred_times          VARCHAR(500)  NULL,
    taken_by                 VARCHAR(64)   NOT NULL,
    taken_at                 DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_enquiry_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_enquiry_counsellor FOREIGN KEY (preferred_counsellor_id) REFERENCES staff (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_enquiry_taken ON enquiry (taken_at);
CREATE INDEX ix_enquiry_client ON enquiry (client_id);

-- One intake per client. Narrative sections are TEXT; the risk screening is structured because the
-- flag and the task depend on it.
CREATE TABLE intake (
    id                      BIGINT       NOT NULL AUTO_INCREMENT,
    client_id               BIGINT       NOT NULL,
    status                  VARCHAR(20)  NOT NULL,
    presenting_concerns     TEXT         NULL,
    behaviour_what          TEXT         NULL,
    behaviour_since         VARCHAR(200) NULL,
    behaviour_frequency     VARCHAR(200) NULL,
    behaviour_most_recent   VARCHAR(200) NULL,
    disclosure              TEXT         NULL,
    relationship_status     VARCHAR(20)  NULL,
    relationship_length     VARCHAR(100) NULL,
    partner_in_care         VARCHAR(20)  NULL,
    previous_help           TEXT         NULL,
    support_groups          TEXT         NULL,
    substance_use           TEXT         NULL,
    mental_health_history   TEXT         NULL,
    medication              TEXT         NULL,
    risk_self_harm_thoughts BOOLEAN      NULL,
    risk_suicide_plan       BOOLEAN      NULL,
    risk_suicide_means      BOOLEAN      NULL,
    risk_protective_factors TEXT         NULL,
    risk_violence_at_home   BOOLEAN      NULL,
    risk_safe_at_home       BOOLEAN      NULL,
    risk_to_others          BOOLEAN      NULL,
    risk_details            TEXT         NULL,
    created_by              VARCHAR(64)  NOT NULL,
    created_at              DATETIME(6)  NOT NULL,
    updated_by              VARCHAR(64)  NOT NULL,
    updated_at              DATETIME(6)  NOT NULL,
    submitted_by            VARCHAR(64)  NULL,
    submitted_at            DATETIME(6)  NULL,
    reviewed_by             VARCHAR(64)  NULL,
    reviewed_at             DATETIME(6)  NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_intake_client UNIQUE (client_id),
    CONSTRAINT fk_intake_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_intake_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE client_flag (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    client_id     BIGINT       NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    summary       VARCHAR(500) NOT NULL,
    source        VARCHAR(100) NOT NULL,
    raised_by     VARCHAR(64)  NOT NULL,
    raised_at     DATETIME(6)  NOT NULL,
    cleared_by    VARCHAR(64)  NULL,
    cleared_at    DATETIME(6)  NULL,
    clear_reason  VARCHAR(500) NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_client_flag_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT ck_client_flag_kind CHECK (kind IN ('RISK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_client_flag_client ON client_flag (client_id, cleared_at);

CREATE TABLE task (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    assignee_id  BIGINT       NOT NULL,
    client_id    BIGINT       NULL,
    kind         VARCHAR(30)  NOT NULL,
    title        VARCHAR(200) NOT NULL,
    due_at       DATETIME(6)  NOT NULL,
    done_at      DATETIME(6)  NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_assignee FOREIGN KEY (assignee_id) REFERENCES staff (id),
    CONSTRAINT fk_task_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_task_assignee ON task (assignee_id, done_at, due_at);

-- Consent wording lives here, one row per kind and version; a new wording is a new version.
CREATE TABLE consent_form (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(30) NOT NULL,
    version     INT         NOT NULL,
    title       VARCHAR(200) NOT NULL,
    wording     TEXT        NOT NULL,
    active      BOOLEAN     NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_consent_form_kind_version UNIQUE (kind, version),
    CONSTRAINT ck_consent_form_kind CHECK (kind IN ('TREATMENT', 'PRIVACY_AND_LIMITS', 'ELECTRONIC_COMMUNICATION',
        'PARTNER_SHARING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- Append-only: a withdrawal or a changed choice is a new row. The current state of a kind is the
-- client's latest row of that kind.
CREATE TABLE consent_record (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    client_id     BIGINT      NOT NULL,
    form_id       BIGINT      NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    form_version  INT         NOT NULL,
    decision      VARCHAR(20) NOT NULL,
    by_email      BOOLEAN     NULL,
    by_sms        BOOLEAN     NULL,
    recorded_at   DATETIME(6) NOT NULL,
    witness       VARCHAR(64) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_record_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_consent_record_form FOREIGN KEY (form_id) REFERENCES consent_form (id),
    CONSTRAINT ck_consent_record_decision CHECK (decision IN ('GIVEN', 'WITHDRAWN', 'SHARE', 'DO_NOT_SHARE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_consent_record_client ON consent_record (client_id, kind, id);

CREATE TABLE care_case (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    kind                  VARCHAR(20) NOT NULL,
    status                VARCHAR(20) NOT NULL,
    primary_counsellor_id BIGINT      NOT NULL,
    second_counsellor_id  BIGINT      NULL,
    opened_on             DATE        NOT NULL,
    closed_on             DATE        NULL,
    close_reason          VARCHAR(20) NULL,
    created_by            VARCHAR(64) NOT NULL,
    created_at            DATETIME(6) NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_care_case_primary FOREIGN KEY (primary_counsellor_id) REFERENCES staff (id),
    CONSTRAINT fk_care_case_second FOREIGN KEY (second_counsellor_id) REFERENCES staff (id),
    CONSTRAINT ck_care_case_kind CHECK (kind IN ('INDIVIDUAL', 'COUPLE')),
    CONSTRAINT ck_care_case_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_care_case_close_reason CHECK (close_reason IS NULL
        OR close_reason IN ('COMPLETED', 'WITHDREW', 'REFERRED_ON'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE case_member (
    case_id            BIGINT      NOT NULL,
    client_id          BIGINT      NOT NULL,
    role               VARCHAR(20) NOT NULL,
    own_counsellor_id  BIGINT      NULL,
    PRIMARY KEY (case_id, client_id),
    CONSTRAINT fk_case_member_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_case_member_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_case_member_counsellor FOREIGN KEY (own_counsellor_id) REFERENCES staff (id),
    CONSTRAINT ck_case_member_role CHECK (role IN ('INDIVIDUAL', 'IN_RECOVERY', 'PARTNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_case_member_client ON case_member (client_id, case_id);

-- The case's history: opened, closed (with the reason), reopened; never updated.
CREATE TABLE case_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    case_id      BIGINT       NOT NULL,
    event        VARCHAR(20)  NOT NULL,
    close_reason VARCHAR(20)  NULL,
    note         VARCHAR(500) NULL,
    happened_at  DATETIME(6)  NOT NULL,
    happened_by  VARCHAR(64)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT ck_case_event_event CHECK (event IN ('OPENED', 'CLOSED', 'REOPENED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_case_event_case ON case_event (case_id, id);

CREATE TABLE supervision (
    supervisor_id  BIGINT      NOT NULL,
    counsellor_id  BIGINT      NOT NULL,
    since          DATETIME(6) NOT NULL,
    PRIMARY KEY (supervisor_id, counsellor_id),
    CONSTRAINT fk_supervision_supervisor FOREIGN KEY (supervisor_id) REFERENCES staff (id),
    CONSTRAINT fk_supervision_counsellor FOREIGN KEY (counsellor_id) REFERENCES staff (id),
    CONSTRAINT ck_supervision_not_self CHECK (supervisor_id <> counsellor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_supervision_counsellor ON supervision (counsellor_id);

CREATE TABLE break_glass (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    case_id     BIGINT        NOT NULL,
    staff_id    BIGINT        NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    granted_at  DATETIME(6)   NOT NULL,
    expires_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_break_glass_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_break_glass_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT ck_break_glass_order CHECK (granted_at < expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_break_glass_staff ON break_glass (staff_id, expires_at);
CREATE INDEX ix_break_glass_case ON break_glass (case_id, granted_at);

INSERT INTO consent_form (kind, version, title, wording, active, created_at) VALUES
('TREATMENT', 1, 'Agreement to counselling',
 'I agree to take part in counselling with the clinic. I understand that counselling is voluntary, that I may ask questions about the approach at any time, and that I may stop at any time by telling my counsellor or the front desk. My counsellor will explain what we plan to work on, and we will review it together. Sessions start and end on time; please give at least 24 hours'' notice to cancel.',
 TRUE, '2026-01-01 00:00:00'),
('PRIVACY_AND_LIMITS', 1, 'Privacy and the limits of confidentiality',
 'What I share in counselling is kept confidential and kept securely. Only the staff working on my care, and their clinical supervisors, may read my clinical records; reception staff see only my contact details and appointments. Every view of my record is logged. Confidentiality has limits: my counsellor may have to share information, without my agreement, if there is a serious risk of harm to me or to someone else, if a child or a vulnerable adult is at risk, or if a court orders it. Where possible, my counsellor will talk with me first.',
 TRUE, '2026-01-01 00:00:00'),
('ELECTRONIC_COMMUNICATION', 1, 'Email and text messages',
 'I agree that the clinic may contact me by the channels I have chosen (email, text message) about appointments and practical matters. Messages will be brief and will not describe the content of my counselling. Email and text messages are not fully secure, and others may see them on a shared device. I can change my choice or withdraw this agreement at any time.',
 TRUE, '2026-01-01 00:00:00'),
('PARTNER_SHARING', 1, 'Information sharing with my partner',
 'In couples work each partner also has their own file. I choose whether what I say in my individual sessions and my own intake may be shared with my partner''s individual counsellor and used in our joint work (SHARE), or kept to my own counsellor and the counsellors of our joint sessions (DO NOT SHARE). My partner makes their own choice. Risk to anyone''s safety is always acted on. I can change my choice at any time; the change applies from then on.',
 TRUE, '2026-01-01 00:00:00');
