package app.tropa.exchange;

import app.tropa.http.Problem;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Imports a backup: reads and checks the whole file first (any problem is a 400 naming its place,
 * and nothing changes), works out the plan, then applies it in one transaction. A real replace
 * first writes a backup of what is about to be replaced.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    LearnerTables tables;

    @Inject
    Backups backups;

    @Inject
    JournalTables journal;

    @Inject
    TalkTables talks;

    @Inject
    app.tropa.platform.LearnerTime time;

    @Inject
    app.tropa.platform.TropaConfig config;

    public static ImportPlan.Mode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return ImportPlan.Mode.MERGE;
        }
        return switch (mode.strip().toLowerCase(Locale.ROOT)) {
            case "merge" -> ImportPlan.Mode.MERGE;
            case "replace" -> ImportPlan.Mode.REPLACE;
            default -> throw Problem.badRequest("invalid-mode", "mode '" + mode + "' is not one of merge, replace.",
                    Map.of("field", "mode", "allowed", java.util.List.of("merge", "replace")));
        };
    }

    public ImportReport run(InputStream in, ImportPlan.Mode mode, boolean dryRun) {
        BackupContent file = read(in);
        String backup = null;
        if (!dryRun && mode == ImportPlan.Mode.REPLACE) {
            backup = backups.write(BackupFile.Kind.BEFORE_REPLACE).name();
        }
        ImportPlan plan = QuarkusTransaction.requiringNew().call(() -> {
            ImportPlan p = plan(file, mode);
            if (!dryRun) {
                apply(p);
            }
            return p;
        });
        if (!dryRun) {
            time.reload(); // a backup may carry the learner's time zone
        }
        return ImportReport.of(plan, file.header(), dryRun, backup);
    }

    /**
     * Replaces everything with a backup already read and checked, without first backing up what is here:
     * only for start-up's restore ({@link StartupRestore}), into a database that holds nothing of the
     * learner's (a damaged file is kept beside it, and a "before replace" backup of nothing would only
     * push the real backups down the list).
     */
    public ImportReport restore(BackupContent file) {
        ImportPlan plan = QuarkusTransaction.requiringNew().call(() -> {
            ImportPlan p = plan(file, ImportPlan.Mode.REPLACE);
            apply(p);
            return p;
        });
        time.reload();
        return ImportReport.of(plan, file.header(), false, null);
    }

    /** The whole file, checked; a 400 naming the first problem's place (all of them in the details) otherwise. */
    public BackupContent read(InputStream in) {
        BackupContent file;
        try {
            file = BackupReader.standard(config.limits().importRecords()).read(in);
        } catch (BackupProblems.Invalid e) {
            throw e.toProblem();
        }
        return file;
    }

    private ImportPlan plan(BackupContent file, ImportPlan.Mode mode) {
        return mode == ImportPlan.Mode.REPLACE ? ImportPlanner.replace(file, tables.counts())
                : ImportPlanner.merge(file, tables.current(file.header()));
    }

    private void apply(ImportPlan plan) {
        if (plan.mode() == ImportPlan.Mode.REPLACE) {
            tables.deleteAll();
        }
        plan.settings().forEach(tables::putSetting);
        int written = 0;
        for (Section s : Section.values()) {
            for (Object record : plan.adds(s)) {
                tables.insert(s, record);
                if (++written % LearnerTables.PAGE == 0) {
                    tables.flush();
                }
            }
        }
        plan.progressUpdates().forEach(tables::update);
        plan.reviewStateUpdates().forEach(tables::update);
        plan.revisitStateUpdates().forEach(tables::update);
        plan.extensions().forEach(journal::extend);
        plan.letterUpdates().forEach(journal::update);
        plan.talkExtensions().forEach(talks::extend);
        tables.flush();
    }
}
