-- Scheduling: rooms, each counsellor's weekly working hours and time off, appointments and who
-- attends them. Instants are UTC DATETIME(6); working hours are wall-clock times in the clinic's zone.

CREATE TABLE room (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    name     VARCHAR(100) NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE,
    version  BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_room_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE TABLE working_hours (
    id           BIGINT  NOT NULL AUTO_INCREMENT,
    staff_id     BIGINT  NOT NULL,
    day_of_week  TINYINT NOT NULL,
    start_time   TIME    NOT NULL,
    end_time     TIME    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_working_hours_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT ck_working_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_working_hours_order CHECK (start_time < end_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_working_hours_staff ON working_hours (staff_id, day_of_week);

CREATE TABLE time_off (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    staff_id   BIGINT       NOT NULL,
    starts_at  DATETIME(6)  NOT NULL,
    ends_at    DATETIME(6)  NOT NULL,
    reason     VARCHAR(200) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_time_off_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT ck_time_off_order CHECK (starts_at < ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_time_off_staff ON time_off (staff_id, starts_at);

CREATE TABLE appointment (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    counsellor_id    BIGINT        NOT NULL,
    room_id          BIGINT        NULL,
    video_link       VARCHAR(500)  NULL,
    type             VARCHAR(20)   NOT NULL,
    starts_at        DATETIME(6)   NOT NULL,
    ends_at          DATETIME(6)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    cancel_reason    VARCHAR(500)  NULL,
    cancelled_by     VARCHAR(64)   NULL,
    cancelled_at     DATETIME(6)   NULL,
    front_desk_note  VARCHAR(1000) NULL,
    override_reason  VARCHAR(500)  NULL,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_counsellor FOREIGN KEY (counsellor_id) REFERENCES staff (id),
    CONSTRAINT fk_appointment_room FOREIGN KEY (room_id) REFERENCES room (id),
    CONSTRAINT ck_appointment_order CHECK (starts_at < ends_at),
    CONSTRAINT ck_appointment_place CHECK (room_id IS NOT NULL OR video_link IS NOT NULL),
    CONSTRAINT ck_appointment_type CHECK (type IN ('INTAKE', 'INDIVIDUAL', 'COUPLE', 'GROUP')),
    CONSTRAINT ck_appointment_status CHECK (status IN ('BOOKED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED',
        'LATE_CANCEL', 'NO_SHOW'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

-- the overlap checks and the calendar read by counsellor, room or time range
CREATE INDEX ix_appointment_counsellor ON appointment (counsellor_id, starts_at);
CREATE INDEX ix_appointment_room ON appointment (room_id, starts_at);
CREATE INDEX ix_appointment_starts ON appointment (starts_at);

CREATE TABLE appointment_client (
    appointment_id  BIGINT NOT NULL,
    client_id       BIGINT NOT NULL,
    PRIMARY KEY (appointment_id, client_id),
    CONSTRAINT fk_appointment_client_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_appointment_client_client FOREIGN KEY (client_id) REFERENCES client (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

CREATE INDEX ix_appointment_client_client ON appointment_client (client_id, appointment_id);
