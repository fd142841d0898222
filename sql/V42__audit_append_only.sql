-- The audit trail is append-only in the database itself: rows and checkpoints are never changed or
-- removed, whoever asks. (The application's account is also granted only SELECT and INSERT on these
-- tables; see SchemaMigration.) Indexes for searching the whole history by action, by outcome and by a
-- staff member's action, and the unique place of each row in its lane, which the verifying walk reads.

CREATE UNIQUE INDEX uk_audit_lane_seq ON audit_event (lane, lane_seq);
CREATE INDEX ix_audit_action ON audit_event (action, occurred_at);
CREATE INDEX ix_audit_outcome ON audit_event (outcome, occurred_at);
-- a staff member's actions of one kind (what did this person read?) without visiting each of their rows
CREATE INDEX ix_audit_actor_action ON audit_event (actor, action, occurred_at);

CREATE TRIGGER audit_event_bu BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only: an audit event is never changed';

CREATE TRIGGER audit_event_bd BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only: an audit event is never removed';

CREATE TRIGGER audit_checkpoint_bu BEFORE UPDATE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit checkpoints are never changed';

CREATE TRIGGER audit_checkpoint_bd BEFORE DELETE ON audit_checkpoint FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit checkpoints are never removed';
