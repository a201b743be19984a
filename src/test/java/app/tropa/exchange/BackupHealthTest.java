package app.tropa.exchange;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When the dashboard warns that backups fail, and what it says of the last good one. */
class BackupHealthTest {

    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    private static BackupFile verified(String stamp) {
        return BackupFile.parse("tropa-backup-" + stamp + "-daily.json", 10).orElseThrow()
                .withCheck(BackupFile.Check.VERIFIED);
    }

    @Test
    void shouldWarnFromTheFirstFailureUntilABackupSucceeds() {
        BackupHealth health = new BackupHealth(Clock.fixed(NOW, ZoneOffset.UTC));
        List<BackupFile> listed = List.of(verified("20261121T030000Z"), verified("20261120T030000Z"),
                BackupFile.parse("tropa-backup-20261122T030000Z-manual.json", 10).orElseThrow());
        assertTrue(health.notice(listed).isEmpty());

        health.failed(BackupFile.Kind.DAILY, BackupFailure.Reason.NO_SPACE);
        health.failed(BackupFile.Kind.DAILY, BackupFailure.Reason.NO_SPACE);

        BackupHealth.Notice notice = health.notice(listed).orElseThrow();
        assertEquals(new BackupHealth.Failure(NOW, BackupFile.Kind.DAILY, BackupFailure.Reason.NO_SPACE), notice.last());
        assertEquals(2, notice.inARow());
        assertEquals(Instant.parse("2026-11-21T03:00:00Z"), notice.lastGood(), "the newest verified, not the unchecked");

        health.succeeded(NOW);
        assertTrue(health.notice(listed).isEmpty());
    }

    @Test
    void shouldRememberTheLastGoodBackupWhenTheFolderCannotBeListedAnyMore() {
        BackupHealth health = new BackupHealth(Clock.fixed(NOW, ZoneOffset.UTC));
        health.succeeded(Instant.parse("2026-11-21T03:00:00Z"));
        health.failed(BackupFile.Kind.DAILY, BackupFailure.Reason.UNWRITABLE);

        assertEquals(Instant.parse("2026-11-21T03:00:00Z"), health.notice(List.of()).orElseThrow().lastGood());
    }
}
