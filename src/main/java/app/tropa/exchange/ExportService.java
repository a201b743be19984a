package app.tropa.exchange;

import app.tropa.curriculum.CurriculumSource;
import app.tropa.web.LearnerTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.function.Consumer;

/** Writes the full JSON backup straight from the database to a stream, a page of records at a time. */
@ApplicationScoped
public class ExportService {

    @Inject
    LearnerTables tables;

    @Inject
    CurriculumSource curriculum;

    @Inject
    LearnerTime time;

    public void writeJson(OutputStream out) {
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                BackupWriter.write(source(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public BackupContent.Header header() {
        return new BackupContent.Header(BackupJson.SCHEMA_VERSION, time.now().truncatedTo(ChronoUnit.MICROS),
                curriculum.get().version(), time.zone().getId());
    }

    /** The database as a backup source; call inside a transaction. */
    public BackupSource source() {
        BackupContent.Header header = header();
        return new BackupSource() {
            @Override
            public BackupContent.Header header() {
                return header;
            }

            @Override
            public Map<String, String> settings() {
                return tables.settings();
            }

            @Override
            public void each(Section section, Consumer<Object> sink) {
                tables.each(section, sink);
            }
        };
    }
}
