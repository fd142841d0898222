-- The waitlist: clients (one, or both partners of a couple) waiting for a first slot, with the
-- counsellor, days and times they prefer. When an appointment is cancelled, front desk looks here
-- for who fits the freed slot. Nothing clinical is stored: the note is practical, for front desk.

CREATE TABLE waitlist_entry (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    counsellor_id     BIGINT        NULL,            -- NULL: any counsellor
    type              VARCHAR(20)   NOT NULL,        -- the appointment type; its default length must fit
    preferred_days    TINYINT       NOT NULL DEFAULT 0, -- bit n-1 set for ISO day n (Monday = 1); 0: any day
    earliest_time     TIME          NULL,            -- clinic wall-clock time; NULL: from opening
    latest_time       TIME          NULL,            -- the appointment ends by then; NULL: until closing
    front_desk_note   VARCHAR(1000) NULL,
    status            VARCHAR(20)   NOT NULL,
    removed_reason    VARCHAR(500)  NULL,
    removed_by        VARCHAR(64)   NULL,
    removed_at        DATETIME(6)   NULL,
    appointment_id    BIGINT        NULL,            -- the appointment it was booked into
    booked_by         VARCHAR(64)   NULL,
    booked_at         DATETIME(6)   NULL,
    added_by          VARCHAR(64)   NOT NULL,
    added_at          DATETIME(6)   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_waitlist_counsellor FOREIGN KEY (counsellor_id) REFERENCES staff (id),
    CONSTRAINT fk_waitlist_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT ck_waitlist_type CHECK (type IN ('INTAKE', 'INDIVIDUAL', 'COUPLE', 'GROUP')),
    CONSTRAINT ck_waitlist_status CHECK (status IN ('WAITING', 'BOOKED', 'REMOVED')),
    CONSTRAINT ck_waitlist_days CHECK (preferred_days BETWEEN 0 AND 127),
    CONSTRAINT ck_waitlist_window CHECK (earliest_time IS NULL OR latest_time IS NULL OR earliest_time < latest_time),
    CONSTRAINT ck_waitlist_booked CHECK (status <> 'BOOKED' OR appointment_id IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the waiting list, oldest first, and the matches for one counsellor's freed slot
CREATE INDEX ix_waitlist_status_added ON waitlist_entry (status, added_at);
CREATE INDEX ix_waitlist_counsellor ON waitlist_entry (counsellor_id, status);

CREATE TABLE waitlist_entry_client (
    entry_id   BIGINT NOT NULL,
    client_id  BIGINT NOT NULL,
    PRIMARY KEY (entry_id, client_id),
    CONSTRAINT fk_waitlist_client_entry FOREIGN KEY (entry_id) REFERENCES waitlist_entry (id),
    CONSTRAINT fk_waitlist_client_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_waitlist_client_client ON waitlist_entry_client (client_id, entry_id);
