-- An appointment may be booked for a case (and so for its members). Intake appointments and first
-- contacts have none. The index serves the case's appointments in time order and the foreign key.
ALTER TABLE appointment ADD COLUMN case_id BIGINT NULL;
CREATE INDEX ix_appointment_case ON appointment (case_id, starts_at);
ALTER TABLE appointment ADD CONSTRAINT fk_appointment_case FOREIGN KEY (case_id) REFERENCES care_case (id);
