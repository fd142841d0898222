package org.tenfold.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

/** Which database failures of an intake's first save mean "another first save won at the same moment". */
class IntakeLostRaceTest {

    @Test
    void aDuplicateKeyADeadlockOrALockTimeoutIsALostRace() {
        assertTrue(IntakeService.lostRace(new PersistenceException(new RuntimeException(
                new SQLIntegrityConstraintViolationException("Duplicate entry '7' for key 'uk_intake_client'", "23000", 1062)))));
        assertTrue(IntakeService.lostRace(new PersistenceException(
                new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213))));
        assertTrue(IntakeService.lostRace(new PersistenceException(
                new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(IntakeService.lostRace(new PersistenceException("connection lost")));
        assertFalse(IntakeService.lostRace(new PersistenceException(new SQLException("Data too long", "22001", 1406))));
    }
}
