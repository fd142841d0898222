-- One row per legal name and date of birth ever registered. Registering a client first writes (or
-- re-writes) its row, which holds a row lock until the transaction ends: two people registering the
-- same person at the same moment are taken one after the other, so the second sees the first and is
-- warned of the duplicate. The collation makes "Zoe" and "Zoë" the same key, as in the duplicate check.
CREATE TABLE client_registration_lock (
    identity_key  VARCHAR(220) NOT NULL,
    PRIMARY KEY (identity_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_520_ci;
