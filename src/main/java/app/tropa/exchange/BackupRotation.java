package app.tropa.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Which automatic backups to make and which to keep, as plain rules over the file list and the
 * injected clock: a daily backup is due when no good one was made today (the learner's day); of
 * each kind, a backup goes only once {@code keep} good (verified) backups of that kind are newer
 * than it, so backups made before replace-imports never push out the daily ones, and a backup that
 * is not known to be good (not read back yet, changed since, or failed) never pushes out one that is.
 */
public final class BackupRotation {

    private final Clock clock;
    private final ZoneId zone;
    private final int keep;

    public BackupRotation(Clock clock, ZoneId zone, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("tropa.backups.keep must be at least 1, not " + keep);
        }
        this.clock = clock;
        this.zone = zone;
        this.keep = keep;
    }

    public boolean dailyDue(List<BackupFile> files) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return files.stream().noneMatch(f -> f.kind() == BackupFile.Kind.DAILY && f.verified()
                && LocalDate.ofInstant(f.createdAt(), zone).equals(today));
    }

    public List<BackupFile> toDelete(List<BackupFile> files) {
        List<BackupFile> delete = new ArrayList<>();
        for (BackupFile.Kind kind : BackupFile.Kind.values()) {
            List<BackupFile> ofKind = files.stream().filter(f -> f.kind() == kind).sorted(BackupFile.NEWEST_FIRST)
                    .toList();
            int goodNewer = 0;
            for (BackupFile f : ofKind) {
                if (goodNewer >= keep) {
                    delete.add(f);
                } else if (f.verified()) {
                    goodNewer++;
                }
            }
        }
        return delete;
    }
}
