package app.tropa.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole backup in memory: what an import reads and checks before it changes anything, and
 * what the tests generate. Exports do not build one: they stream (see {@link BackupWriter}).
 */
public final class BackupContent {

    /** The file's header fields. */
    public record Header(int schemaVersion, Instant exportedAt, String curriculumVersion, String timeZone) {
    }

    private final Header header;
    private final Map<String, String> settings;
    private final Map<Section, List<Object>> sections = new EnumMap<>(Section.class);

    public BackupContent(Header header, Map<String, String> settings) {
        this.header = header;
        this.settings = new TreeMap<>(settings);
        for (Section s : Section.values()) {
            sections.put(s, new ArrayList<>());
        }
    }

    public static BackupContent empty(Header header) {
        return new BackupContent(header, Map.of());
    }

    public Header header() {
        return header;
    }

    /** The settings, sorted by key. */
    public Map<String, String> settings() {
        return settings;
    }

    public List<Object> list(Section section) {
        return sections.get(section);
    }

    public BackupContent add(Section section, Object record) {
        if (!section.type().isInstance(record)) {
            throw new IllegalArgumentException(section.key() + " takes " + section.type().getSimpleName());
        }
        sections.get(section).add(record);
        return this;
    }

    public int size(Section section) {
        return sections.get(section).size();
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> typed(Section section) {
        return (List<T>) (List<?>) sections.get(section);
    }

    public List<Records.Progress> progress() {
        return typed(Section.PROGRESS);
    }

    public List<Records.Event> progressEvents() {
        return typed(Section.PROGRESS_EVENTS);
    }

    public List<Records.OwnTerm> ownTerms() {
        return typed(Section.OWN_TERMS);
    }

    public List<Records.Metaphor> metaphors() {
        return typed(Section.METAPHORS);
    }

    public List<Records.Card> cards() {
        return typed(Section.CARDS);
    }

    public List<Records.ReviewQuestion> reviewQuestions() {
        return typed(Section.REVIEW_QUESTIONS);
    }

    public List<Records.ReviewState> reviewStates() {
        return typed(Section.REVIEW_STATES);
    }

    public List<Records.Review> reviewLog() {
        return typed(Section.REVIEW_LOG);
    }

    public List<Records.RevisitState> revisitStates() {
        return typed(Section.REVISIT_STATES);
    }

    public List<Records.Revisit> revisitLog() {
        return typed(Section.REVISIT_LOG);
    }

    public List<Records.Reflection> reflections() {
        return typed(Section.REFLECTIONS);
    }

    public List<Records.Letter> letters() {
        return typed(Section.LETTERS);
    }

    public List<Records.Talk> talks() {
        return typed(Section.TALKS);
    }

    /** Streams this content as a source for {@link BackupWriter}. */
    public BackupSource asSource() {
        return new BackupSource() {
            @Override
            public Header header() {
                return header;
            }

            @Override
            public Map<String, String> settings() {
                return settings;
            }

            @Override
            public void each(Section section, java.util.function.Consumer<Object> sink) {
                sections.get(section).forEach(sink);
            }
        };
    }
}
