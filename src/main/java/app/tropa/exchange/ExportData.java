package app.tropa.exchange;

import java.util.List;
import java.util.function.Consumer;

/**
 * What the readable exports (CSV, Markdown, Anki, data set) draw from: the database in the app,
 * a {@link BackupContent} in tests. Journal entries, letters and talks are handed on one at a time;
 * kept review questions, which the learner keeps one by one, are few enough to hold.
 */
public interface ExportData {

    /** A talk with its number in this Tropa (as in {@code /tutor/42}); null when it has none yet. */
    record NumberedTalk(Long id, Records.Talk talk) {
    }

    List<Records.Progress> progress();

    List<Records.OwnTerm> ownTerms();

    /** Every metaphor version, by term and version. */
    List<Records.Metaphor> metaphors();

    /** Every card version, by term and version. */
    List<Records.Card> cards();

    /** Every kept review question, by key. */
    List<Records.ReviewQuestion> reviewQuestions();

    /** Every revisit of a done step, oldest first. */
    List<Records.Revisit> revisits();

    void eachReflection(Consumer<Records.Reflection> sink);

    void eachLetter(Consumer<Records.Letter> sink);

    /** Every talk, the trash included, in the order they began. */
    void eachTalk(Consumer<NumberedTalk> sink);

    static ExportData of(BackupContent c) {
        return new ExportData() {
            @Override
            public List<Records.Progress> progress() {
                return c.progress();
            }

            @Override
            public List<Records.OwnTerm> ownTerms() {
                return c.ownTerms();
            }

            @Override
            public List<Records.Metaphor> metaphors() {
                return c.metaphors();
            }

            @Override
            public List<Records.Card> cards() {
                return c.cards();
            }

            @Override
            public List<Records.ReviewQuestion> reviewQuestions() {
                return c.reviewQuestions();
            }

            @Override
            public List<Records.Revisit> revisits() {
                return c.revisitLog();
            }

            @Override
            public void eachReflection(Consumer<Records.Reflection> sink) {
                c.reflections().forEach(sink);
            }

            @Override
            public void eachLetter(Consumer<Records.Letter> sink) {
                c.letters().forEach(sink);
            }

            @Override
            public void eachTalk(Consumer<NumberedTalk> sink) {
                c.talks().forEach(t -> sink.accept(new NumberedTalk(null, t)));
            }
        };
    }
}
