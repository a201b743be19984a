package app.tropa.exchange;

import app.tropa.http.KeptPageFacts;
import app.tropa.http.KeptUntil;
import app.tropa.platform.LearnerTime;
import app.tropa.platform.TropaConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The backups in {@code <data dir>/backups/} (the rules in {@link BackupFolder}), written from the
 * database. A backup is only ever opened through {@link #find(String)}, which matches a name
 * against the listing: nothing a request sends becomes a path. One write, check or rotation at a
 * time.
 */
@ApplicationScoped
public class Backups implements KeptPageFacts {

    @Inject
    TropaConfig config;

    @Inject
    LearnerTime time;

    @Inject
    ExportService export;

    @Inject
    KeptUntil keptUntil;

    private BackupHealth health;

    @PostConstruct
    void init() {
        health = new BackupHealth(time.clock());
    }

    /** The folder as it is configured now (the learner's zone may change, and with it "today"). */
    private BackupFolder backupFolder() {
        return new BackupFolder(folder(), time.clock(), rotation(), health);
    }

    public Path folder() {
        return Path.of(config.dataDir()).resolve("backups");
    }

    /** Every backup file, newest first, each with what reading it back found. */
    public List<BackupFile> list() {
        return backupFolder().list();
    }

    /** The listed backup of that name, if there is one. */
    public Optional<BackupFile> find(String name) {
        return list().stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The file of a listed backup. */
    public Path path(BackupFile file) {
        return folder().resolve(file.name());
    }

    /** Writes a full backup now and reads it back; {@link BackupFailure} when it cannot be made. */
    public synchronized BackupFile write(BackupFile.Kind kind) {
        return backupFolder().write(kind, export::writeJson);
    }

    /** Reads back the backups not checked yet, or changed since. */
    public synchronized List<BackupFile> recheck() {
        return backupFolder().recheck();
    }

    public BackupRotation rotation() {
        return new BackupRotation(time.clock(), time.zone(), config.backups().keep());
    }

    /** Deletes the backups the rotation no longer keeps; returns them. */
    public synchronized List<BackupFile> rotate() {
        return backupFolder().rotate();
    }

    /** The daily backup, when today has no good one yet; then the rotation. */
    public synchronized Optional<BackupFile> dailyIfDue() {
        return backupFolder().dailyIfDue(export::writeJson);
    }

    /** Removes a listed backup and its check. */
    public synchronized void delete(BackupFile file) {
        backupFolder().delete(file);
    }

    /**
     * While the last backup tried could not be made: what to tell the learner. A page showing it is
     * not kept, as its last good backup is read from the folder, which the learner may change.
     */
    public Optional<BackupHealth.Notice> notice() {
        Optional<BackupHealth.Notice> notice = backupFolder().notice();
        if (notice.isPresent()) {
            keptUntil.atMost(time.now());
        }
        return notice;
    }

    /** The dashboard shows whether backups fail: it is kept by how many attempts have ended. */
    @Override
    public Object current() {
        return health.changes();
    }
}
