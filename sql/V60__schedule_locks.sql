-- A counsellor's schedule has a lock row of its own. Booking, moving and booking from the waitlist lock it
-- (org.tenfold.scheduling.ScheduleLocks), no longer the staff row: sign-in writes failure counts and
-- lockouts to the staff row with single UPDATEs, and a sign-in must never wait for a booking (nor a booking
-- for a sign-in). One row per staff member, made with the staff row.

CREATE TABLE schedule_lock (
    staff_id  BIGINT  NOT NULL,
    PRIMARY KEY (staff_id),
    CONSTRAINT fk_schedule_lock_staff FOREIGN KEY (staff_id) REFERENCES staff (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;

INSERT INTO schedule_lock (staff_id) SELECT id FROM staff;

CREATE TRIGGER staff_ai_schedule_lock AFTER INSERT ON staff FOR EACH ROW
    INSERT INTO schedule_lock (staff_id) VALUES (NEW.id);
