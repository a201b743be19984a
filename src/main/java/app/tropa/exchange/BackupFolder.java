package app.tropa.exchange;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The backups folder as plain rules over real files, with the clock injected: listing (each backup
 * with what reading it back found), writing, reading back, rotation. A backup is written to a part
 * file, forced to the disk, read back whole and compared with what was written, and only then
 * renamed into place: a half-written or unreadable backup never looks like one, and never pushes
 * out a good older one.
 */
public final class BackupFolder {

    private static final Logger LOG = Logger.getLogger(BackupFolder.class);

    /** A backup that failed its read-back is kept under this prefix (only the latest) to look into. */
    static final String FAILED_PREFIX = ".failed-";

    /** Writes a whole backup to the stream and says what it wrote. */
    public interface Content {
        BackupWriter.Written write(OutputStream out) throws IOException;
    }

    private final Path folder;
    private final Clock clock;
    private final BackupRotation rotation;
    private final BackupHealth health;

    public BackupFolder(Path folder, Clock clock, BackupRotation rotation, BackupHealth health) {
        this.folder = folder;
        this.clock = clock;
        this.rotation = rotation;
        this.health = health;
    }

    public Path path() {
        return folder;
    }

    /** Every backup file, newest first, each with what reading it back found. */
    public List<BackupFile> list() {
        return list(folder);
    }

    /**
     * The backups in a folder, newest first, each with what reading it back found; usable before the
     * app is up (a start-up message naming the newest good backup).
     */
    public static List<BackupFile> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.flatMap(p -> listed(p).stream()).sorted(BackupFile.NEWEST_FIRST).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Optional<BackupFile> listed(Path p) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        String name = p.getFileName().toString();
        return BackupFile.parse(name, attributes.size()).map(f -> f.withCheck(BackupCheck
                .load(BackupCheck.sidecar(p), name)
                .map(c -> c.state(attributes.size(), attributes.lastModifiedTime().toMillis()))
                .orElse(BackupFile.Check.UNCHECKED)));
    }

    public Path path(BackupFile file) {
        return folder.resolve(file.name());
    }

    /**
     * Writes a backup now and reads it back; throws {@link BackupFailure} when it cannot be written
     * or does not read back as written, and then keeps nothing of it as a backup.
     */
    public BackupFile write(BackupFile.Kind kind, Content content) {
        Path part = null;
        try {
            Files.createDirectories(folder);
            removeLeftoverParts();
            Instant now = clock.instant();
            int sequence = 1;
            while (Files.exists(folder.resolve(BackupFile.name(now, kind, sequence)), LinkOption.NOFOLLOW_LINKS)) {
                sequence++;
            }
            Path target = folder.resolve(BackupFile.name(now, kind, sequence));
            BackupWriter.Written[] written = new BackupWriter.Written[1];
            part = DurableFiles.writePart(folder, out -> written[0] = content.write(out));
            BackupCheck check = BackupCheck.verify(part, target.getFileName().toString(), written[0],
                    clock.instant());
            if (!check.passed()) {
                setAside(part, target);
                part = null;
                throw new BackupFailure(BackupFailure.Reason.CHECK_FAILED, kind, check.problem());
            }
            DurableFiles.moveIntoPlace(part, target);
            part = null;
            saveCheck(check, target);
            BackupFile made = BackupFile.parse(target.getFileName().toString(), check.size()).orElseThrow()
                    .withCheck(BackupFile.Check.VERIFIED);
            health.succeeded(made.createdAt());
            LOG.infof("Backup written and read back: %s", target);
            return made;
        } catch (BackupFailure e) {
            health.failed(kind, e.reason());
            LOG.errorf("A backup (%s) did not read back as written and was set aside: %s", kind.code(),
                    e.getMessage());
            throw e;
        } catch (IOException | RuntimeException e) {
            BackupFailure.Reason reason = BackupFailure.Reason.of(e);
            health.failed(kind, reason);
            if (reason == BackupFailure.Reason.FAILED) {
                LOG.errorf(e, "A backup (%s) could not be made", kind.code());
            } else {
                LOG.errorf("A backup (%s) could not be written into %s: %s", kind.code(), folder, e);
            }
            throw new BackupFailure(reason, kind, reason == BackupFailure.Reason.UNWRITABLE ? folder.toString()
                    : String.valueOf(e.getMessage()));
        } finally {
            if (part != null) {
                deleteQuietly(part);
            }
        }
    }

    /** The backup is good whether or not its check could be saved; without one it is read back again later. */
    private static void saveCheck(BackupCheck check, Path backup) {
        try {
            check.save(BackupCheck.sidecar(backup));
        } catch (IOException e) {
            LOG.warnf("The check of %s could not be saved (%s); it is read back again within the hour",
                    backup.getFileName(), e.getMessage());
        }
    }

    /** Keeps the file that failed, to look into, under a name no listing takes for a backup; only the latest. */
    private void setAside(Path part, Path target) {
        Path aside = folder.resolve(FAILED_PREFIX + target.getFileName());
        try (Stream<Path> files = Files.list(folder)) {
            for (Path old : files.filter(p -> p.getFileName().toString().startsWith(FAILED_PREFIX)).toList()) {
                Files.deleteIfExists(old);
            }
            Files.move(part, aside);
        } catch (IOException e) {
            deleteQuietly(part);
        }
    }

    /** Part files left by a write that was cut off (a crash, a kill): only one write runs at a time. */
    private void removeLeftoverParts() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(BackupFolder::isPart).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean isPart(Path p) {
        String name = p.getFileName().toString();
        return name.startsWith(DurableFiles.PART_PREFIX) && name.endsWith(DurableFiles.PART_SUFFIX);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warnf("Could not remove %s: %s", p, e.getMessage());
        }
    }

    /**
     * Reads back every listed backup that has no check yet, or changed since its check, and keeps
     * what it found. One that fails is left where it is (it is the learner's file) and listed as
     * failed; it never counts as a good one.
     */
    public List<BackupFile> recheck() {
        List<BackupFile> checked = new ArrayList<>();
        for (BackupFile f : list()) {
            if (f.check() == BackupFile.Check.UNCHECKED || f.check() == BackupFile.Check.CHANGED) {
                Path file = path(f);
                BackupCheck check = BackupCheck.recheck(file, f.name(), clock.instant());
                if (!check.passed()) {
                    LOG.warnf("The backup %s does not read back whole: %s", f.name(), check.problem());
                }
                try {
                    check.save(BackupCheck.sidecar(file));
                    checked.add(f.withCheck(check.passed() ? BackupFile.Check.VERIFIED : BackupFile.Check.FAILED));
                } catch (IOException e) {
                    LOG.warnf("The check of %s could not be saved: %s", f.name(), e.getMessage());
                }
            }
        }
        return checked;
    }

    /** Deletes the backups the rotation no longer keeps, with their checks; returns them. */
    public List<BackupFile> rotate() {
        List<BackupFile> old = rotation.toDelete(list());
        for (BackupFile f : old) {
            delete(f);
        }
        removeOrphanChecks();
        return old;
    }

    /** The daily backup, when today has no good one yet; then the rotation. */
    public Optional<BackupFile> dailyIfDue(Content content) {
        Optional<BackupFile> made = rotation.dailyDue(list())
                ? Optional.of(write(BackupFile.Kind.DAILY, content)) : Optional.empty();
        rotate();
        return made;
    }

    /** Removes a listed backup and its check. */
    public void delete(BackupFile f) {
        try {
            Files.deleteIfExists(path(f));
            Files.deleteIfExists(BackupCheck.sidecar(path(f)));
        } catch (IOException e) {
            LOG.warnf("Could not delete the old backup %s: %s", f.name(), e.getMessage());
        }
    }

    private void removeOrphanChecks() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(BackupCheck.SUFFIX)) {
                    continue;
                }
                String backup = name.substring(0, name.length() - BackupCheck.SUFFIX.length());
                if (BackupFile.parse(backup, 0).isPresent() && !Files.exists(folder.resolve(backup))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Could not tidy the backups folder: %s", e.getMessage());
        }
    }

    /** While the last backup tried could not be made: what to tell the learner. */
    public Optional<BackupHealth.Notice> notice() {
        return health.notice(() -> {
            try {
                return list();
            } catch (UncheckedIOException e) {
                return List.of();
            }
        });
    }
}
