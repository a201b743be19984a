package app.tropa.demo;

import app.tropa.curriculum.CurriculumSource;
import app.tropa.exchange.BackupContent;
import app.tropa.exchange.BackupWriter;
import app.tropa.exchange.ExportService;
import app.tropa.exchange.ImportPlan;
import app.tropa.exchange.ImportService;
import app.tropa.exchange.LearnerTables;
import app.tropa.exchange.Section;
import app.tropa.platform.TropaConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * With {@code tropa.demo.years} set, fills an empty data folder with a demo history at start-up.
 * A folder that holds anything of the learner's is never touched.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    TropaConfig config;

    @Inject
    CurriculumSource curriculum;

    @Inject
    ExportService export;

    @Inject
    ImportService imports;

    @Inject
    LearnerTables tables;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        int years = config.demo().years();
        if (years <= 0) {
            return;
        }
        if (!isEmpty()) {
            LOG.infof("tropa.demo.years is set, but %s already holds data: no demo history is written",
                    config.dataDir());
            return;
        }
        long started = System.nanoTime();
        BackupContent history = DemoHistory.generate(curriculum.get(), years, config.demo().seed(), export.header());
        imports.run(new ByteArrayInputStream(bytes(history)), ImportPlan.Mode.MERGE, false);
        LOG.infof("Wrote a demo history of %d years (seed %d) into %s: %d reflections, %d metaphor versions, "
                + "%d reviews, %d letters, in %d ms", years, config.demo().seed(), config.dataDir(),
                history.size(Section.REFLECTIONS), history.size(Section.METAPHORS), history.size(Section.REVIEW_LOG),
                history.size(Section.LETTERS), (System.nanoTime() - started) / 1_000_000);
    }

    /** True when no section holds a record (the folder's own facts, such as day one, do not count). */
    private boolean isEmpty() {
        Map<String, Integer> counts = QuarkusTransaction.requiringNew().call(tables::counts);
        return counts.entrySet().stream().filter(e -> !e.getKey().equals(Section.SETTINGS))
                .allMatch(e -> e.getValue() == 0);
    }

    private static byte[] bytes(BackupContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BackupWriter.write(content.asSource(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
