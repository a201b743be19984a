package app.tropa.exchange;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The second half of {@code tropa.restore-from}: {@link TropaMain} has read and checked the backup and
 * moved an unusable database file aside before the database opened; once the app is up (after the
 * start-up checks, before the folder's day one is written), this imports the backup through the ordinary
 * import, replacing (the new database holds nothing of the learner's yet).
 */
@ApplicationScoped
public class StartupRestore {

    private static final Logger LOG = Logger.getLogger(StartupRestore.class);

    /** What {@link TropaMain} prepared, in the same JVM, before Quarkus started. */
    record Pending(Path from, BackupContent content, Optional<Path> aside) {
    }

    private static volatile Pending pending;

    static void prepare(Pending restore) {
        pending = restore;
    }

    @Inject
    ImportService imports;

    void onStart(@Observes @Priority(2) StartupEvent event) {
        Pending restore = pending;
        if (restore == null) {
            return;
        }
        pending = null;
        String kept = restore.aside().map(p -> "; the damaged database file is kept as " + p).orElse("");
        try {
            ImportReport report = imports.restore(restore.content());
            int records = report.total().added();
            LOG.infof("Restored your data from %s, exported %s: %d %s%s. Start without tropa.restore-from from now on.",
                    restore.from(), report.exportedAt(), records, records == 1 ? "record" : "records", kept);
        } catch (RuntimeException e) {
            // The backup was read and checked before anything moved, so this is the disk or the database.
            LOG.errorf("Tropa stops: restoring from %s failed (%s)%s; nothing else was changed.", restore.from(),
                    e.getMessage(), kept);
            Quarkus.asyncExit(1);
        }
    }
}
