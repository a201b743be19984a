package app.tropa.exchange;

import app.tropa.TestDisks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A backup into a file system that is full: on a small tmpfs (mounted where the test runs as root;
 * skipped elsewhere) the backup fails as "no space", leaves nothing behind, keeps the good older
 * one, and works again once space is freed.
 */
class BackupDiskFullTest {

    @TempDir
    Path work;

    private Path mount;
    private boolean mounted;

    @BeforeEach
    void mountSmallFileSystem() throws Exception {
        mount = work.resolve("small");
        mounted = TestDisks.mountTmpfs(mount, "256k");
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root on Linux): skipped");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            TestDisks.unmount(mount);
        }
    }

    @Test
    void shouldFailAsNoSpaceKeepTheGoodBackupAndWorkAgainOnceSpaceIsFreed() throws IOException {
        Instant now = Instant.parse("2026-11-20T03:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        BackupHealth health = new BackupHealth(clock);
        BackupFolder backups = new BackupFolder(mount.resolve("backups"), clock,
                new BackupRotation(clock, ZoneOffset.UTC, 1), health);
        BackupContent sample;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("exchange/backup-v3.json")) {
            sample = BackupReader.standard().read(in);
        }
        BackupFolder.Content content = out -> BackupWriter.write(sample.asSource(), out);
        BackupFile good = backups.write(BackupFile.Kind.DAILY, content);
        Path filler = mount.resolve("filler");
        TestDisks.fill(filler);

        BackupFailure failure = assertThrows(BackupFailure.class, () -> backups.write(BackupFile.Kind.DAILY, content));
        backups.rotate();

        assertEquals(BackupFailure.Reason.NO_SPACE, failure.reason());
        assertEquals(507, failure.status());
        assertEquals(List.of(good), backups.list(), "the good backup is kept, still verified");
        assertEquals(List.of(good.name(), good.name() + ".check"), names(), "no part file is left");
        assertEquals(BackupFailure.Reason.NO_SPACE, health.notice(backups.list()).orElseThrow().last().reason());

        Files.delete(filler);
        BackupFile again = backups.write(BackupFile.Kind.DAILY, content);
        assertEquals(BackupFile.Check.VERIFIED, again.check());
        assertTrue(health.notice(backups.list()).isEmpty());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(mount.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
