package app.tropa.exchange;

import app.tropa.curriculum.CurriculumSource;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes every export: the full JSON backup straight from the database, a page of records at a
 * time, and the readable formats (CSV, Markdown vault, Anki, data set) in the learner's language.
 */
@ApplicationScoped
public class ExportService {

    @Inject
    LearnerTables tables;

    @Inject
    CurriculumSource curriculum;

    @Inject
    LearnerTime time;

    @Inject
    JournalTables journal;

    @Inject
    TalkTables talks;

    /** The readable exports, each in one transaction, in the given language. */
    public void writeCsv(CsvExport.What what, Lang lang, OutputStream out) {
        readable(lang, (terms, data, m) -> CsvExport.write(what, terms, data, m, out));
    }

    public void writeAnki(Lang lang, OutputStream out) {
        readable(lang, (terms, data, m) -> AnkiExport.write(terms, data, m, out));
    }

    public void writeDataset(Lang lang, OutputStream out) {
        readable(lang, (terms, data, m) -> DatasetExport.write(terms, data, m, out));
    }

    public void writeMarkdown(Lang lang, boolean includeSealed, OutputStream out) {
        readable(lang, (terms, data, m) -> MarkdownVault.write(terms, data, m, time.zone(), time.now(), includeSealed,
                out));
    }

    private interface Readable {
        void write(ExportTerms terms, ExportData data, ExchangeMsg m);
    }

    private void readable(Lang lang, Readable format) {
        QuarkusTransaction.requiringNew().run(() -> {
            ExportData data = database();
            format.write(new ExportTerms(curriculum.get(), data, lang), data, ExchangeWords.msg(lang));
        });
    }

    /**
     * The learner's records for the readable exports: the glossary, kept questions and progress in
     * memory, journal and talks streamed.
     */
    private ExportData database() {
        List<Records.Progress> progress = new ArrayList<>();
        List<Records.OwnTerm> own = new ArrayList<>();
        List<Records.Metaphor> metaphors = new ArrayList<>();
        List<Records.Card> cards = new ArrayList<>();
        tables.each(Section.PROGRESS, r -> progress.add((Records.Progress) r));
        tables.each(Section.OWN_TERMS, r -> own.add((Records.OwnTerm) r));
        tables.each(Section.METAPHORS, r -> metaphors.add((Records.Metaphor) r));
        tables.each(Section.CARDS, r -> cards.add((Records.Card) r));
        List<Records.ReviewQuestion> questions = new ArrayList<>();
        tables.each(Section.REVIEW_QUESTIONS, r -> questions.add((Records.ReviewQuestion) r));
        List<Records.Revisit> revisits = new ArrayList<>();
        tables.each(Section.REVISIT_LOG, r -> revisits.add((Records.Revisit) r));
        return new ExportData() {
            @Override
            public List<Records.Progress> progress() {
                return progress;
            }

            @Override
            public List<Records.OwnTerm> ownTerms() {
                return own;
            }

            @Override
            public List<Records.Metaphor> metaphors() {
                return metaphors;
            }

            @Override
            public List<Records.Card> cards() {
                return cards;
            }

            @Override
            public List<Records.ReviewQuestion> reviewQuestions() {
                return questions;
            }

            @Override
            public List<Records.Revisit> revisits() {
                return revisits;
            }

            @Override
            public void eachReflection(Consumer<Records.Reflection> sink) {
                journal.eachReflection(sink);
            }

            @Override
            public void eachLetter(Consumer<Records.Letter> sink) {
                journal.eachLetter(sink);
            }

            @Override
            public void eachTalk(Consumer<NumberedTalk> sink) {
                talks.each((id, talk) -> sink.accept(new NumberedTalk(id, talk)));
            }
        };
    }

    /** The full backup, in one transaction; returns what was written. */
    public BackupWriter.Written writeJson(OutputStream out) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try {
                return BackupWriter.write(source(), out);
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
