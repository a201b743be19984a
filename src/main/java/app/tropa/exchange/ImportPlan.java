package app.tropa.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import will do, worked out before anything changes: the records to add or update per
 * kind, and the counts a dry run reports. Applying it is {@link ImportService}'s job.
 */
public final class ImportPlan {

    public enum Mode {
        MERGE, REPLACE;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Per kind: how many records the file has and what becomes of them. */
    public static final class Counts {
        public int inFile;
        public int added;
        public int updated;
        public int skipped;
        /** Skipped because the file and this Tropa hold different histories of the same thing. */
        public int conflicts;
        /** Replace only: records this Tropa has now, all deleted first. */
        public int removed;
    }

    /** A journal entry that is here already and gains the file's later revisions. */
    public record Extension(long localId, int localRevisions, Records.Reflection entry) {
    }

    /** A talk that is here already and gains the file's later messages. */
    public record TalkExtension(long localId, int localMessages, Records.Talk talk) {
    }

    /** A letter that is here already and takes the file's opened or read time. */
    public record LetterUpdate(long localId, Records.Letter letter) {
    }

    private final Mode mode;
    private final Map<String, Counts> counts = new LinkedHashMap<>();
    final Map<String, String> settings = new LinkedHashMap<>();
    final Map<Section, List<Object>> adds = new LinkedHashMap<>();
    /** Progress and review states the file has newer: written over the local ones. */
    final List<Records.Progress> progressUpdates = new ArrayList<>();
    final List<Records.ReviewState> reviewStateUpdates = new ArrayList<>();
    final List<Records.RevisitState> revisitStateUpdates = new ArrayList<>();
    final List<Extension> extensions = new ArrayList<>();
    final List<LetterUpdate> letterUpdates = new ArrayList<>();
    final List<TalkExtension> talkExtensions = new ArrayList<>();

    ImportPlan(Mode mode) {
        this.mode = mode;
        counts.put(Section.SETTINGS, new Counts());
        for (Section s : Section.values()) {
            counts.put(s.key(), new Counts());
            adds.put(s, new ArrayList<>());
        }
    }

    public Mode mode() {
        return mode;
    }

    /** Counts by kind: {@code settings}, then the sections in file order. */
    public Map<String, Counts> counts() {
        return counts;
    }

    Counts count(Section s) {
        return counts.get(s.key());
    }

    void add(Section s, Object record) {
        adds.get(s).add(record);
        count(s).added++;
    }

    public List<Object> adds(Section s) {
        return adds.get(s);
    }

    public Map<String, String> settings() {
        return settings;
    }

    public List<Records.Progress> progressUpdates() {
        return progressUpdates;
    }

    public List<Records.ReviewState> reviewStateUpdates() {
        return reviewStateUpdates;
    }

    public List<Records.RevisitState> revisitStateUpdates() {
        return revisitStateUpdates;
    }

    public List<Extension> extensions() {
        return extensions;
    }

    public List<LetterUpdate> letterUpdates() {
        return letterUpdates;
    }

    public List<TalkExtension> talkExtensions() {
        return talkExtensions;
    }

    /** True when applying would change nothing. */
    public boolean isEmpty() {
        return counts.values().stream().allMatch(c -> c.added == 0 && c.updated == 0 && c.removed == 0);
    }
}
