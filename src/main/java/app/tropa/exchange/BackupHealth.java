package app.tropa.exchange;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Whether the last backup Tropa tried was made: after a failure the dashboard says so (and when
 * the last good backup was made) until a later backup succeeds. Held in memory: after a restart
 * the schedule tries again within a minute, and a failure is reported again then. The last good
 * backup is the newest verified one listed, or the last one made here when the folder cannot even
 * be listed any more.
 */
public final class BackupHealth {

    /** A backup that could not be made: when, of which kind, and why. */
    public record Failure(Instant at, BackupFile.Kind kind, BackupFailure.Reason reason) {
    }

    /** What to tell the learner: the last failure, how many in a row, the newest good backup (null: none). */
    public record Notice(Failure last, int inARow, Instant lastGood) {
    }

    private final Clock clock;
    private Failure last;
    private int inARow;
    private Instant lastMade;
    private long changes;

    public BackupHealth(Clock clock) {
        this.clock = clock;
    }

    public synchronized void failed(BackupFile.Kind kind, BackupFailure.Reason reason) {
        last = new Failure(clock.instant(), kind, reason);
        inARow++;
        changes++;
    }

    /** A backup made at that moment (its name's), read back whole. */
    public synchronized void succeeded(Instant made) {
        last = null;
        inARow = 0;
        lastMade = made;
        changes++;
    }

    /** How many attempts have ended, good or failed: a page that shows the notice is kept by it. */
    public synchronized long changes() {
        return changes;
    }

    /** The notice while the last attempt failed; the last good backup is the newest verified one listed. */
    public Optional<Notice> notice(List<BackupFile> listed) {
        return notice(() -> listed);
    }

    /** The same, listing the backups only when there is something to say (the dashboard asks on every visit). */
    public synchronized Optional<Notice> notice(Supplier<List<BackupFile>> listed) {
        if (last == null) {
            return Optional.empty();
        }
        Instant good = listed.get().stream().filter(BackupFile::verified).map(BackupFile::createdAt)
                .max(Comparator.naturalOrder()).orElse(lastMade);
        if (good != null && lastMade != null && lastMade.isAfter(good)) {
            good = lastMade;
        }
        return Optional.of(new Notice(last, inARow, good));
    }
}
