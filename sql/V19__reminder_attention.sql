-- Reminders that need an administrator: a message claimed long ago and never marked sent (its server
-- stopped between sending and marking it) and a message that could not be sent. failed_at says when a
-- message was given up; an administrator either sends it again (back to PENDING) or marks it HANDLED
-- (say, after phoning the client), a final status that is not listed again.

ALTER TABLE appointment_reminder ADD COLUMN failed_at DATETIME(6) NULL;

-- a message given up before this column existed: the dispatcher set its due time to the moment it
-- gave up plus attempts² minutes
UPDATE appointment_reminder SET failed_at = due_at - INTERVAL (attempts * attempts) MINUTE WHERE status = 'FAILED';

ALTER TABLE appointment_reminder DROP CONSTRAINT ck_reminder_status;
ALTER TABLE appointment_reminder ADD CONSTRAINT ck_reminder_status
    CHECK (status IN ('PENDING', 'CLAIMED', 'SENT', 'CANCELLED', 'SKIPPED', 'FAILED', 'HANDLED'));
