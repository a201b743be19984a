package app.tropa.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings a backup written with an older {@code schemaVersion} up to the current one, record by
 * record as it is read, so an import only ever checks and applies the current format. Each
 * {@link Step} moves one version up; a format change adds a step here and bumps
 * {@link BackupJson#SCHEMA_VERSION}.
 *
 * <ul>
 * <li>1 → 2: talks with the model tutor (the {@code talks} section) and the review questions the
 * learner kept ({@code reviewQuestions}). A version-1 backup was written before either: it has none,
 * and its records are the same in version 2.</li>
 * <li>2 → 3: revisits of done steps ({@code revisitStates}, {@code revisitLog}); see {@link #REVISITS_ADDED}.</li>
 * </ul>
 */
public final class BackupMigrations {

    /** Moves a backup from {@link #from()} to {@code from() + 1}. */
    public interface Step {
        int from();

        /** The section's key in the next version; the same by default. */
        default String sectionKey(String key) {
            return key;
        }

        /** One record of the section (its key already in the next version), changed in place or replaced. */
        JsonNode record(String sectionKey, ObjectNode record);

        default Map<String, String> settings(Map<String, String> settings) {
            return settings;
        }
    }

    private final int current;
    private final List<Step> steps;

    public BackupMigrations(int current, List<Step> steps) {
        this.current = current;
        this.steps = steps.stream().sorted(Comparator.comparingInt(Step::from)).toList();
        for (int i = 0; i < this.steps.size(); i++) {
            if (this.steps.get(i).from() != oldest() + i) {
                throw new IllegalArgumentException("migration steps must run without gaps up to " + current);
            }
        }
    }

    public static BackupMigrations standard() {
        return new BackupMigrations(BackupJson.SCHEMA_VERSION, List.of(TALKS_AND_QUESTIONS_ADDED, REVISITS_ADDED));
    }

    /** Version 2 added the talks and reviewQuestions sections; nothing of version 1 changed. */
    static final Step TALKS_AND_QUESTIONS_ADDED = new Step() {
        @Override
        public int from() {
            return 1;
        }

        @Override
        public JsonNode record(String sectionKey, ObjectNode record) {
            return record;
        }
    };

    /**
     * Version 3 added revisits of done steps ({@code revisitStates}, {@code revisitLog}) and the
     * journal's entry kind {@code revisit}; a version-2 backup has none, its records unchanged. Its done
     * steps join the revisit schedule when the app next reads it (see {@code RevisitSchedule.spread}).
     */
    static final Step REVISITS_ADDED = new Step() {
        @Override
        public int from() {
            return 2;
        }

        @Override
        public JsonNode record(String sectionKey, ObjectNode record) {
            return record;
        }
    };

    public int current() {
        return current;
    }

    public int oldest() {
        return current - steps.size();
    }

    public boolean supports(int version) {
        return version >= oldest() && version <= current;
    }

    public String sectionKey(int version, String key) {
        String k = key;
        for (Step step : from(version)) {
            k = step.sectionKey(k);
        }
        return k;
    }

    /** The record in the current format; {@code key} is the section's key in the file's version. */
    public JsonNode record(int version, String key, JsonNode record) {
        String k = key;
        JsonNode node = record;
        for (Step step : from(version)) {
            k = step.sectionKey(k);
            if (!(node instanceof ObjectNode object)) {
                return node;
            }
            node = step.record(k, object);
        }
        return node;
    }

    public Map<String, String> settings(int version, Map<String, String> settings) {
        Map<String, String> s = settings;
        for (Step step : from(version)) {
            s = step.settings(s);
        }
        return new TreeMap<>(s);
    }

    private List<Step> from(int version) {
        return steps.stream().filter(s -> s.from() >= version).toList();
    }
}
