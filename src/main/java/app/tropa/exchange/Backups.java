package app.tropa.exchange;

import app.tropa.platform.LearnerTime;
import app.tropa.platform.TropaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The backup files in {@code <data dir>/backups/}: listing, writing (to a temporary file, then
 * moved into place, so a half-written backup never looks like one), rotation. A backup is only
 * ever opened through {@link #find(String)}, which matches a name against the listing: nothing a
 * request sends becomes a path.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class);

    @Inject
    TropaConfig config;

    @Inject
    LearnerTime time;

    @Inject
    ExportService export;

    public Path folder() {
        return Path.of(config.dataDir()).resolve("backups");
    }

    /** Every backup file, newest first. */
    public List<BackupFile> list() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .flatMap(p -> BackupFile.parse(p.getFileName().toString(), size(p)).stream())
                    .sorted(BackupFile.NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The listed backup of that name, if there is one. */
    public Optional<BackupFile> find(String name) {
        return list().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The file of a listed backup. */
    public Path path(BackupFile file) {
        return folder().resolve(file.name());
    }

    /** Writes a full backup now. */
    public synchronized BackupFile write(BackupFile.Kind kind) {
        Path folder = folder();
        try {
            Files.createDirectories(folder);
            Instant now = time.now();
            int sequence = 1;
            while (Files.exists(folder.resolve(BackupFile.name(now, kind, sequence)))) {
                sequence++;
            }
            Path target = folder.resolve(BackupFile.name(now, kind, sequence));
            Path part = Files.createTempFile(folder, ".writing-", ".part");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part))) {
                    export.writeJson(out);
                }
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            LOG.infof("Backup written: %s", target);
            return BackupFile.parse(target.getFileName().toString(), Files.size(target)).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a backup into " + folder, e);
        }
    }

    public BackupRotation rotation() {
        return new BackupRotation(time.clock(), time.zone(), config.backups().keep());
    }

    /** Deletes the backups the rotation no longer keeps; returns them. */
    public synchronized List<BackupFile> rotate() {
        List<BackupFile> old = rotation().toDelete(list());
        for (BackupFile f : old) {
            try {
                Files.deleteIfExists(path(f));
            } catch (IOException e) {
                LOG.warnf("Could not delete the old backup %s: %s", f.name(), e.getMessage());
            }
        }
        return old;
    }

    /** The daily backup, when today has none yet; then the rotation. */
    public Optional<BackupFile> dailyIfDue() {
        Optional<BackupFile> made = rotation().dailyDue(list()) ? Optional.of(write(BackupFile.Kind.DAILY))
                : Optional.empty();
        rotate();
        return made;
    }
}
