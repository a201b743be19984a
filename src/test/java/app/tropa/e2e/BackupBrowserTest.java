package app.tropa.e2e;

import app.tropa.exchange.BackupFailure;
import app.tropa.exchange.BackupFile;
import app.tropa.exchange.Backups;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard while backups fail, and the backups list with every state a backup can be in,
 * in both languages at both widths: accessible, one h1, no sideways scrolling.
 */
@QuarkusTest
class BackupBrowserTest extends BrowserTest {

    @Inject
    Backups backups;

    /** Other tests leave backups in the shared test folder: this one starts from none. */
    @BeforeEach
    void noBackups() throws IOException {
        emptyFolder();
    }

    @AfterEach
    void cleanUp() throws IOException {
        Path folder = backups.folder();
        if (Files.isRegularFile(folder)) {
            Files.delete(folder);
        }
        backups.write(BackupFile.Kind.MANUAL); // a backup that succeeds ends the notice
        emptyFolder();
    }

    private void emptyFolder() throws IOException {
        Path folder = backups.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.delete(p);
                }
            }
        }
    }

    @Test
    void shouldShowTheNoticeAndEveryBackupStateAccessibly() throws IOException {
        Path folder = backups.folder();
        BackupFile good = backups.write(BackupFile.Kind.DAILY);
        Files.copy(backups.path(good), folder.resolve("tropa-backup-20200101T030000Z-manual.json"));
        Files.writeString(folder.resolve("tropa-backup-20200102T030000Z-manual.json"), "{}");
        backups.recheck();
        Files.copy(backups.path(good), folder.resolve("tropa-backup-20200103T030000Z-manual.json"));
        Path kept = folder.resolveSibling("backups-kept");
        Files.move(folder, kept, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(folder, "in the way of the backups folder");
        assertThrows(BackupFailure.class, () -> backups.write(BackupFile.Kind.DAILY));
        Files.delete(folder);
        Files.move(kept, folder, StandardCopyOption.ATOMIC_MOVE);

        assertEquals(List.of(BackupFile.Check.VERIFIED, BackupFile.Check.UNCHECKED, BackupFile.Check.FAILED,
                BackupFile.Check.VERIFIED), backups.list().stream().map(BackupFile::check).toList());
        assertTrue(backups.notice().isPresent());
        assertEquals(List.of(), sweep(List.of(new String[] {"dashboard", "/"}, new String[] {"export", "/export"}),
                "backups-", true, true));
    }
}
