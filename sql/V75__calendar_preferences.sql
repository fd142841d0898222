-- What each staff member last chose on the calendar: the view (day, week or month) and the counsellor and
-- room filters, so the calendar opens as they left it on their next visit, on any computer. One row per staff
-- member, written when they change a filter; a removed room or counsellor falls back to the whole clinic.
-- Depends on V1 (staff) and V3 (room).

CREATE TABLE calendar_preference (
    staff_id       BIGINT       NOT NULL,
    view_name      VARCHAR(20)  NOT NULL,
    counsellor_id  BIGINT       NULL,
    room_id        BIGINT       NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (staff_id),
    CONSTRAINT fk_calendar_preference_staff FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE,
    CONSTRAINT fk_calendar_preference_counsellor FOREIGN KEY (counsellor_id) REFERENCES staff (id) ON DELETE SET NULL,
    CONSTRAINT fk_calendar_preference_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
