-- Records that belong to particular steps of the ten-step framework, kept per CASE (not per plan
-- version, so revising a plan never copies them): boundaries (step 4) with their append-only
-- history, milestones (step 7), the clinic's education catalogue and its assignments per case
-- member (step 8), and each member's self-care activities (step 9). Instants are UTC DATETIME(6).
-- Depends on V1 (staff, client) and V8 (care_case).

CREATE TABLE boundary (
    id                         BIGINT        NOT NULL AUTO_INCREMENT,
    case_id                    BIGINT        NOT NULL,
    wording                    VARCHAR(1000) NOT NULL,
    proposed_by_client_id      BIGINT        NULL,
    proposed_by_counsellor_id  BIGINT        NULL,
    status                     VARCHAR(20)   NOT NULL,
    agreed_on                  DATE          NULL,
    review_on                  DATE          NULL,
    created_by                 VARCHAR(64)   NOT NULL,
    created_at                 DATETIME(6)   NOT NULL,
    updated_by                 VARCHAR(64)   NOT NULL,
    updated_at                 DATETIME(6)   NOT NULL,
    version                    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_boundary_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_boundary_client FOREIGN KEY (proposed_by_client_id) REFERENCES client (id),
    CONSTRAINT fk_boundary_counsellor FOREIGN KEY (proposed_by_counsellor_id) REFERENCES staff (id),
    CONSTRAINT ck_boundary_status CHECK (status IN ('PROPOSED', 'AGREED', 'KEPT', 'BROKEN', 'RENEGOTIATED',
        'RETIRED')),
    CONSTRAINT ck_boundary_proposer CHECK ((proposed_by_client_id IS NULL) <> (proposed_by_counsellor_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_boundary_case ON boundary (case_id, id);

-- Every creation, status change and rewording of a boundary; never updated or deleted. The wording
-- before a rewording or a renegotiation is kept in previous_wording.
CREATE TABLE boundary_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    boundary_id    BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    from_status    VARCHAR(20)   NULL,
    to_status      VARCHAR(20)   NOT NULL,
    note           VARCHAR(1000) NULL,
    previous_wording VARCHAR(1000) NULL,
    happened_by    VARCHAR(64)   NOT NULL,
    happened_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_boundary_event_boundary FOREIGN KEY (boundary_id) REFERENCES boundary (id),
    CONSTRAINT ck_boundary_event_kind CHECK (kind IN ('CREATED', 'STATUS', 'REWORDED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_boundary_event_boundary ON boundary_event (boundary_id, id);

-- A dated achievement; client_id NULL means the couple as a whole.
CREATE TABLE milestone (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id            BIGINT        NOT NULL,
    client_id          BIGINT        NULL,
    achieved_on        DATE          NOT NULL,
    description        VARCHAR(1000) NOT NULL,
    visible_to_client  BOOLEAN       NOT NULL DEFAULT TRUE,
    recorded_by        VARCHAR(64)   NOT NULL,
    recorded_at        DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_milestone_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_milestone_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_milestone_case ON milestone (case_id, achieved_on);

-- The clinic's catalogue of resources; items are retired (active = FALSE), never deleted, because
-- assignments refer to them.
CREATE TABLE education_item (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    kind         VARCHAR(20)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    provider     VARCHAR(300)  NULL,
    link         VARCHAR(500)  NULL,
    description  VARCHAR(2000) NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_education_item_kind CHECK (kind IN ('BOOK', 'WORKSHOP', 'SUPPORT_GROUP', 'ARTICLE', 'VIDEO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_education_item_title ON education_item (active, title);

CREATE TABLE education_assignment (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    case_id            BIGINT        NOT NULL,
    client_id          BIGINT        NOT NULL,
    item_id            BIGINT        NOT NULL,
    assigned_on        DATE          NOT NULL,
    status             VARCHAR(20)   NOT NULL,
    status_changed_on  DATE          NOT NULL,
    note               VARCHAR(1000) NULL,
    assigned_by        VARCHAR(64)   NOT NULL,
    assigned_at        DATETIME(6)   NOT NULL,
    updated_by         VARCHAR(64)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_education_assignment_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_education_assignment_client FOREIGN KEY (client_id) REFERENCES client (id),
    CONSTRAINT fk_education_assignment_item FOREIGN KEY (item_id) REFERENCES education_item (id),
    CONSTRAINT ck_education_assignment_status CHECK (status IN ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'DROPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_education_assignment_case ON education_assignment (case_id, client_id, id);

CREATE TABLE self_care_activity (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    case_id      BIGINT        NOT NULL,
    client_id    BIGINT        NOT NULL,
    activity     VARCHAR(500)  NOT NULL,
    frequency    VARCHAR(100)  NOT NULL,
    note         VARCHAR(1000) NULL,
    active       BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_self_care_case FOREIGN KEY (case_id) REFERENCES care_case (id),
    CONSTRAINT fk_self_care_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_self_care_case ON self_care_activity (case_id, client_id, id);

-- A starting catalogue of well-known, widely available resources. A clinic edits, retires and adds
-- to it on the catalogue API; links are the organisations' and publishers' own sites.
INSERT INTO education_item (kind, title, provider, link, description, active, created_by, created_at, updated_by,
    updated_at) VALUES
('SUPPORT_GROUP', 'Sex Addicts Anonymous (SAA)', 'International Service Organization of SAA', 'https://saa-recovery.org/',
 'A twelve-step fellowship for people who want to stop compulsive sexual behaviour. In-person, telephone and online meetings.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('SUPPORT_GROUP', 'Sex and Love Addicts Anonymous (SLAA)', 'The Augustine Fellowship, S.L.A.A.', 'https://slaafws.org/',
 'A twelve-step fellowship for people whose sexual or romantic behaviour has become compulsive. Meetings worldwide, many online.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('SUPPORT_GROUP', 'S-Anon', 'S-Anon International Family Groups', 'https://sanon.org/',
 'A twelve-step fellowship for people who have been affected by someone else''s sexual behaviour, such as partners and family members.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('SUPPORT_GROUP', 'COSA', 'COSA International Service Organization', 'https://cosa-recovery.org/',
 'A twelve-step recovery programme for people whose lives have been affected by another person''s compulsive sexual behaviour.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('BOOK', 'Out of the Shadows: Understanding Sexual Addiction', 'Patrick Carnes', NULL,
 'A foundational book describing compulsive sexual behaviour, how it develops and the path of recovery.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('BOOK', 'Facing the Shadow: Starting Sexual and Relationship Recovery', 'Patrick Carnes', NULL,
 'A workbook for the first stages of recovery, with exercises to do between sessions.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('BOOK', 'Your Sexually Addicted Spouse: How Partners Can Cope and Heal', 'Barbara Steffens and Marsha Means', NULL,
 'For partners: the impact of discovery, understood as relational trauma, and ways to cope and heal.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('BOOK', 'Not "Just Friends": Rebuilding Trust and Recovering Your Sanity After Infidelity', 'Shirley P. Glass', NULL,
 'Research-based guidance for couples rebuilding trust after a betrayal.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00'),
('BOOK', 'The Seven Principles for Making Marriage Work', 'John M. Gottman and Nan Silver', NULL,
 'Practical principles and exercises for friendship, conflict and shared meaning in a relationship.',
 TRUE, 'system', '2026-01-01 00:00:00', 'system', '2026-01-01 00:00:00');
