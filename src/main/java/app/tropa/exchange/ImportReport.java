package app.tropa.exchange;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import did, or would do on a dry run: per kind, how many records the file has and how
 * many were added, updated, skipped (conflicts among them) and, for replace, removed first.
 */
public record ImportReport(String mode, boolean dryRun, boolean applied, boolean changes, Instant exportedAt,
        String curriculumVersion, String backup, Map<String, Kind> kinds) {

    public record Kind(int inFile, int added, int updated, int skipped, int conflicts, int removed) {
    }

    static ImportReport of(ImportPlan plan, BackupContent.Header header, boolean dryRun, String backup) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        plan.counts().forEach((kind, c) -> kinds.put(kind, new Kind(c.inFile, c.added, c.updated, c.skipped,
                c.conflicts, c.removed)));
        return new ImportReport(plan.mode().code(), dryRun, !dryRun, !plan.isEmpty(), header.exportedAt(),
                header.curriculumVersion(), backup, kinds);
    }

    /** The sum over every kind. */
    public Kind total() {
        int[] t = new int[6];
        kinds.values().forEach(k -> {
            t[0] += k.inFile();
            t[1] += k.added();
            t[2] += k.updated();
            t[3] += k.skipped();
            t[4] += k.conflicts();
            t[5] += k.removed();
        });
        return new Kind(t[0], t[1], t[2], t[3], t[4], t[5]);
    }
}
