package app.tropa.exchange;

import app.tropa.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Backups on real files, without the app: each is read back whole before it counts, one that does
 * not read back or cannot be written is never kept as a backup, and rotation never deletes a good
 * backup for one that is not known to be good.
 */
class BackupFolderTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-20T03:00:00Z");

    @TempDir
    Path data;

    private final TestClock clock = new TestClock();
    private BackupHealth health;
    private BackupContent sample;

    @BeforeEach
    void setUp() throws IOException {
        clock.set(DAY_ONE);
        health = new BackupHealth(clock);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("exchange/backup-v3.json")) {
            sample = BackupReader.standard().read(in);
        }
    }

    private BackupFolder folder(int keep) {
        return new BackupFolder(data.resolve("backups"), clock, new BackupRotation(clock, ZoneOffset.UTC, keep), health);
    }

    private BackupFolder.Content good() {
        return out -> BackupWriter.write(sample.asSource(), out);
    }

    /** A backup whose writer wrote a record the reader refuses: it cannot be restored, so it must not count. */
    private BackupFolder.Content unreadable() {
        BackupContent broken = new BackupContent(sample.header(), sample.settings());
        broken.add(Section.PROGRESS, new Records.Progress("why-your-own-ai", "half-done", List.of(), null, null, null,
                DAY_ONE, "3f2a9c1b7d4e"));
        return out -> BackupWriter.write(broken.asSource(), out);
    }

    @Test
    void shouldReadEachBackupBackAndKeepWhatItFound() throws IOException {
        BackupFolder backups = folder(30);

        BackupFile made = backups.write(BackupFile.Kind.DAILY, good());

        assertEquals("tropa-backup-20261120T030000Z-daily.json", made.name());
        assertEquals(List.of(made), backups.list());
        assertEquals(BackupFile.Check.VERIFIED, backups.list().get(0).check());
        BackupCheck check = BackupCheck.load(BackupCheck.sidecar(backups.path(made)), made.name()).orElseThrow();
        assertTrue(check.passed());
        assertEquals(2, check.records().get("reflections"));
        assertEquals(2, check.records().get("talks"));
        assertEquals(1, check.records().get("revisitLog"));
        assertEquals(List.of("tropa-backup-20261120T030000Z-daily.json",
                "tropa-backup-20261120T030000Z-daily.json.check"), names(), "no part file is left behind");
        assertTrue(health.notice(backups.list()).isEmpty());
    }

    @Test
    void shouldSetAsideABackupThatDoesNotReadBackAndKeepTheGoodOnes() throws IOException {
        BackupFolder backups = folder(1);
        BackupFile good = backups.write(BackupFile.Kind.DAILY, good());
        clock.advance(Duration.ofDays(1));

        BackupFailure failure = assertThrows(BackupFailure.class,
                () -> backups.write(BackupFile.Kind.DAILY, unreadable()));
        backups.rotate();

        assertEquals(BackupFailure.Reason.CHECK_FAILED, failure.reason());
        assertTrue(failure.getMessage().contains("$.progress[0].status"), failure.getMessage());
        assertEquals(List.of(good), backups.list(), "the good backup stays, and the failed one is no backup");
        assertTrue(names().contains(".failed-tropa-backup-20261121T030000Z-daily.json"), names().toString());
        BackupHealth.Notice notice = health.notice(backups.list()).orElseThrow();
        assertEquals(BackupFailure.Reason.CHECK_FAILED, notice.last().reason());
        assertEquals(DAY_ONE, notice.lastGood());

        clock.advance(Duration.ofDays(1));
        assertThrows(BackupFailure.class, () -> backups.write(BackupFile.Kind.DAILY, unreadable()));
        assertEquals(List.of(".failed-tropa-backup-20261122T030000Z-daily.json",
                "tropa-backup-20261120T030000Z-daily.json", "tropa-backup-20261120T030000Z-daily.json.check"),
                names(), "only the latest failed file is kept to look into");
        assertEquals(2, health.notice(backups.list()).orElseThrow().inARow());

        backups.write(BackupFile.Kind.DAILY, good());
        assertTrue(health.notice(backups.list()).isEmpty(), "a later backup that succeeds ends the notice");
    }

    @Test
    void shouldKeepNothingAndSayWhyWhenTheFolderCannotBeWritten() throws IOException {
        Files.writeString(data.resolve("backups"), "not a folder");
        BackupFolder backups = folder(30);

        BackupFailure failure = assertThrows(BackupFailure.class, () -> backups.write(BackupFile.Kind.DAILY, good()));

        assertEquals(BackupFailure.Reason.UNWRITABLE, failure.reason());
        assertEquals(500, failure.status());
        assertEquals("not a folder", Files.readString(data.resolve("backups")));
        BackupHealth.Notice notice = health.notice(backups.list()).orElseThrow();
        assertEquals(DAY_ONE, notice.last().at());
        assertNull(notice.lastGood());
    }

    @Test
    void shouldStopAReplaceWhoseBackupCannotBeMadeSayingNothingChanged() throws IOException {
        Files.writeString(data.resolve("backups"), "not a folder");

        BackupFailure failure = assertThrows(BackupFailure.class,
                () -> folder(30).write(BackupFile.Kind.BEFORE_REPLACE, good()));

        assertTrue(failure.beforeReplace());
        assertEquals("backup-failed", failure.error());
        assertTrue(failure.getMessage().startsWith("Nothing was replaced, and nothing changed"), failure.getMessage());
    }

    @Test
    void shouldNotLetBackupsNotKnownToBeGoodPushOutAGoodOne() throws IOException {
        BackupFolder backups = folder(1);
        BackupFile good = backups.write(BackupFile.Kind.DAILY, good());
        Path copied = backups.path().resolve("tropa-backup-20261121T030000Z-daily.json");
        Files.writeString(copied, "{}");

        backups.rotate();
        assertEquals(List.of("tropa-backup-20261121T030000Z-daily.json", good.name()),
                backups.list().stream().map(BackupFile::name).toList());
        assertEquals(BackupFile.Check.UNCHECKED, backups.list().get(0).check());

        assertEquals(List.of(BackupFile.Check.FAILED), backups.recheck().stream().map(BackupFile::check).toList());
        backups.rotate();
        assertEquals(BackupFile.Check.FAILED, backups.list().get(0).check());
        assertEquals(BackupFile.Check.VERIFIED, backups.list().get(1).check(), "the good one is still there");

        clock.advance(Duration.ofDays(2));
        BackupFile newer = backups.write(BackupFile.Kind.DAILY, good());
        backups.rotate();
        assertEquals(List.of(newer), backups.list(), "with a newer good backup, the old and the broken one go");
        assertEquals(List.of("tropa-backup-20261122T030000Z-daily.json",
                "tropa-backup-20261122T030000Z-daily.json.check"), names(), "their checks go with them");
    }

    @Test
    void shouldTellABackupThatChangedSinceItWasCheckedAndReadItAgain() throws IOException {
        BackupFolder backups = folder(30);
        BackupFile made = backups.write(BackupFile.Kind.MANUAL, good());

        Files.writeString(backups.path(made), "\n", StandardOpenOption.APPEND);
        assertEquals(BackupFile.Check.CHANGED, backups.list().get(0).check());
        assertEquals(List.of(BackupFile.Check.VERIFIED), backups.recheck().stream().map(BackupFile::check).toList(),
                "a line break after the closing brace still reads whole");

        String text = Files.readString(backups.path(made));
        Files.writeString(backups.path(made), text.substring(0, text.length() / 2));
        assertEquals(BackupFile.Check.CHANGED, backups.list().get(0).check());
        backups.recheck();
        assertEquals(BackupFile.Check.FAILED, backups.list().get(0).check(), "cut in half, it does not read back");
        assertTrue(BackupCheck.load(BackupCheck.sidecar(backups.path(made)), made.name()).orElseThrow().problem()
                .contains("cut off"));
    }

    @Test
    void shouldRemovePartFilesLeftByAWriteThatWasCutOff() throws IOException {
        BackupFolder backups = folder(30);
        Files.createDirectories(backups.path());
        Files.writeString(backups.path().resolve(".writing-123.part"), "{\"format\" : \"tropa-");

        backups.write(BackupFile.Kind.DAILY, good());

        assertFalse(names().contains(".writing-123.part"));
    }

    @Test
    void shouldFailTheComparisonWhenCountsOrHeaderDiffer() {
        BackupWriter.Written written = new BackupWriter.Written(sample.header(), BackupCheck.counts(sample));
        assertNull(BackupCheck.compare(written, sample));

        java.util.Map<String, Integer> more = new java.util.LinkedHashMap<>(written.counts());
        more.put("letters", 2);
        assertEquals("letters: 2 written, 1 read back.",
                BackupCheck.compare(new BackupWriter.Written(sample.header(), more), sample));

        BackupContent.Header other = new BackupContent.Header(3, DAY_ONE, "3f2a9c1b7d4e", "UTC");
        assertTrue(BackupCheck.compare(new BackupWriter.Written(other, written.counts()), sample)
                .startsWith("The header read back"));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
