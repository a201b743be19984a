package app.tropa.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StorageFailureTest {

    @Test
    void aCommitThatCouldNotWriteTheFileIsAStorageFailureEvenWhenOnlySuppressed() {
        SQLException h2 = new SQLException("General error: Writing to file failed", "HY000", 50000,
                new IOException("No space left on device"));
        RuntimeException rollback = new RuntimeException("Could not commit transaction.");
        rollback.addSuppressed(h2);
        assertTrue(StorageFailure.isStorageFailure(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void aDatabaseClosedAfterAFailedWriteIsAStorageFailure() {
        assertTrue(StorageFailure.isStorageFailure(new IllegalStateException(
                new SQLException("The database has been closed", "90098", StorageFailure.DATABASE_IS_CLOSED))));
    }

    @Test
    void theTutorsModelBeingUnreachableIsNotAFullDisk() {
        assertFalse(StorageFailure.isStorageFailure(new RuntimeException(new ConnectException("Connection refused"))));
    }

    @Test
    void aRefusedStatementIsNotAFullDisk() {
        assertFalse(StorageFailure.isStorageFailure(new SQLException("Value too long for column", "22001", 22001)));
    }

    @Test
    void afterTheDiskRefusedAWriteAnyDatabaseFailureIsTakenForTheSameCause() {
        RuntimeException reopening = new RuntimeException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", "08001", 0));
        assertFalse(StorageFailure.isStorageFailure(reopening, false));
        assertTrue(StorageFailure.isStorageFailure(reopening, true));
        assertFalse(StorageFailure.isStorageFailure(new IllegalArgumentException("not the database"), true));
    }

    @Test
    void theFileStillHeldByTheStoreThatFailedIsAStorageFailure() {
        assertTrue(StorageFailure.isStorageFailure(new SQLException("Database may be already in use", "90020",
                StorageFailure.DATABASE_ALREADY_OPEN)));
    }

    @Test
    void aCauseChainThatLoopsIsWalkedOnce() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(StorageFailure.isStorageFailure(a));
    }

    @Test
    void theRefusalIs507AndSaysWhatToDo() {
        Problem p = StorageFailure.problem();
        assertEquals(507, p.status());
        assertTrue(p.keepsForm());
        assertTrue(p.getMessage().contains("Free some space"));
    }
}
