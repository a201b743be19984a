package app.tropa.exchange;

import app.tropa.platform.LearnerTime;
import app.tropa.platform.TropaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The backup files in {@code <data dir>/backups/}: listing, writing, checking, rotation. A backup
 * is written to a part file, forced to the disk, read back whole and compared with what was
 * written, and only then renamed into place: a half-written or unreadable backup never looks like
 * one, and never pushes out a good older one. A backup is only ever opened through
 * {@link #find(String)}, which matches a name against the listing: nothing a request sends becomes
 * a path.
 */
@ApplicationScoped
public class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class);

    /** A backup that failed its read-back is kept under this prefix (only the latest) to look into. */
    static final String FAILED_PREFIX = ".failed-";

    @Inject
    TropaConfig config;

    @Inject
    LearnerTime time;

    @Inject
    ExportService export;

    private BackupHealth health;

    @PostConstruct
    void init() {
        health = new BackupHealth(time.clock());
    }

    public Path folder() {
        return Path.of(config.dataDir()).resolve("backups");
    }

    /** Every backup file, newest first, each with what reading it back found. */
    public List<BackupFile> list() {
        Path folder = folder();
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

    /** The listed backup of that name, if there is one. */
    public Optional<BackupFile> find(String name) {
        return list().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The file of a listed backup. */
    public Path path(BackupFile file) {
        return folder().resolve(file.name());
    }

    /**
     * Writes a full backup now and reads it back; throws {@link BackupFailure} when it cannot be
     * written or does not read back as written, and then keeps nothing of it.
     */
    public synchronized BackupFile write(BackupFile.Kind kind) {
        Path folder = folder();
        Path part = null;
        try {
            Files.createDirectories(folder);
            removeLeftoverParts(folder);
            Instant now = time.now();
            int sequence = 1;
            while (Files.exists(folder.resolve(BackupFile.name(now, kind, sequence)), LinkOption.NOFOLLOW_LINKS)) {
                sequence++;
            }
            Path target = folder.resolve(BackupFile.name(now, kind, sequence));
            BackupWriter.Written[] written = new BackupWriter.Written[1];
            part = DurableFiles.writePart(folder, out -> written[0] = export.writeJson(out));
            BackupCheck check = BackupCheck.verify(part, target.getFileName().toString(), written[0], time.now());
            if (!check.passed()) {
                setAside(part, target);
                part = null;
                throw new BackupFailure(BackupFailure.Reason.CHECK_FAILED, kind, check.problem());
            }
            DurableFiles.moveIntoPlace(part, target);
            part = null;
            saveCheck(check, target);
            health.succeeded();
            LOG.infof("Backup written and read back: %s", target);
            return BackupFile.parse(target.getFileName().toString(), check.size()).orElseThrow()
                    .withCheck(BackupFile.Check.VERIFIED);
        } catch (BackupFailure e) {
            health.failed(kind, e.reason());
            LOG.errorf("A backup (%s) failed its read-back and was set aside: %s", kind.code(), e.getMessage());
            throw e;
        } catch (IOException | RuntimeException e) {
            BackupFailure.Reason reason = BackupFailure.Reason.of(e);
            health.failed(kind, reason);
            LOG.errorf(e, "A backup (%s) could not be written into %s", kind.code(), folder);
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

    /** Keeps the file that failed to look into, under a name no listing takes for a backup; only the latest. */
    private static void setAside(Path part, Path target) {
        Path aside = target.resolveSibling(FAILED_PREFIX + target.getFileName());
        try (Stream<Path> files = Files.list(target.getParent())) {
            for (Path old : files.filter(p -> p.getFileName().toString().startsWith(FAILED_PREFIX)).toList()) {
                Files.deleteIfExists(old);
            }
            Files.move(part, aside);
        } catch (IOException e) {
            deleteQuietly(part);
        }
    }

    /** Part files left by a write that was cut off (a crash, a kill): only one write runs at a time. */
    private static void removeLeftoverParts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(Backups::isPart).toList()) {
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
     * what it found. A backup that fails is left where it is (it is the learner's file) and shown
     * as failed; it never counts as a good one.
     */
    public synchronized List<BackupFile> recheck() {
        List<BackupFile> checked = new ArrayList<>();
        for (BackupFile f : list()) {
            if (f.check() == BackupFile.Check.UNCHECKED || f.check() == BackupFile.Check.CHANGED) {
                Path file = path(f);
                BackupCheck check = BackupCheck.recheck(file, f.name(), time.now());
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

    public BackupRotation rotation() {
        return new BackupRotation(time.clock(), time.zone(), config.backups().keep());
    }

    /** Deletes the backups the rotation no longer keeps, with their checks; returns them. */
    public synchronized List<BackupFile> rotate() {
        List<BackupFile> old = rotation().toDelete(list());
        for (BackupFile f : old) {
            delete(f);
        }
        removeOrphanChecks();
        return old;
    }

    /** Removes a listed backup and its check. */
    public synchronized void delete(BackupFile f) {
        try {
            Files.deleteIfExists(path(f));
            Files.deleteIfExists(BackupCheck.sidecar(path(f)));
        } catch (IOException e) {
            LOG.warnf("Could not delete the old backup %s: %s", f.name(), e.getMessage());
        }
    }

    private void removeOrphanChecks() {
        Path folder = folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(BackupCheck.SUFFIX) && BackupFile.parse(name.substring(0, name.length()
                        - BackupCheck.SUFFIX.length()), 0).isPresent() && !Files.exists(p.resolveSibling(
                                name.substring(0, name.length() - BackupCheck.SUFFIX.length())))) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Could not tidy the backups folder: %s", e.getMessage());
        }
    }

    /** The daily backup, when today has no good one yet; then the rotation. */
    public Optional<BackupFile> dailyIfDue() {
        Optional<BackupFile> made = rotation().dailyDue(list()) ? Optional.of(write(BackupFile.Kind.DAILY))
                : Optional.empty();
        rotate();
        return made;
    }

    /** While the last backup tried could not be made: what to tell the learner. */
    public Optional<BackupHealth.Notice> notice() {
        return health.notice(safeList());
    }

    private List<BackupFile> safeList() {
        try {
            return list();
        } catch (UncheckedIOException e) {
            return List.of();
        }
    }
}
