package app.tropa.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records of a backup, one type per section, as the file holds them (docs/export.md). Field
 * names are the JSON names; ids are the curriculum's and the learner's own, never database ids,
 * so a backup can be read into any data folder.
 */
public final class Records {

    private Records() {
    }

    public record Progress(String nodeId, String status, List<Integer> checkpoints, String note, Instant startedAt,
            Instant completedAt, Instant updatedAt, String curriculumVersion) {

        public Progress {
            checkpoints = checkpoints == null ? List.of() : List.copyOf(checkpoints);
        }
    }

    /** {@code source} is null for the learner's own marks, else "placement" or "placement-undo". */
    public record Event(String nodeId, String kind, String from, String to, Integer checkpoint, Instant occurredAt,
            String curriculumVersion, String source) {
    }

    public record OwnTerm(String id, String title, String definition, String phase, Instant createdAt) {
    }

    public record Metaphor(String termId, int version, String text, String phase, Integer restoredFrom,
            boolean fromSample, Instant createdAt) implements Versioned {
    }

    public record Card(String termId, int version, String statement, String example, String counterexample,
            String analogy, String application, String phase, Integer restoredFrom, Instant createdAt)
            implements Versioned {

        public Card {
            statement = orEmpty(statement);
            example = orEmpty(example);
            counterexample = orEmpty(counterexample);
            analogy = orEmpty(analogy);
            application = orEmpty(application);
        }

        /** How many of the five fields hold text, as the glossary counts them. */
        public int filled() {
            return (int) List.of(statement, example, counterexample, analogy, application).stream()
                    .filter(s -> !s.isBlank()).count();
        }
    }

    /**
     * A question and answer about a step that the learner kept for spaced review. Its review state
     * and log rows name it by {@code reviewKey} ({@code question-<epoch milliseconds when kept>}), a
     * key that means the same in any data folder.
     */
    public record ReviewQuestion(String reviewKey, String nodeId, String question, String answer, String lang,
            Instant createdAt) {
    }

    public record ReviewState(String termId, Double stability, Double difficulty, int reps, int lapses,
            Instant enteredAt, Instant lastReviewAt, Instant dueAt) {
    }

    public record Review(String termId, String grade, Instant reviewedAt, int elapsedDays, Double retrievability,
            double stability, double difficulty, int scheduledDays, Instant dueAt) {
    }

    public record RevisitState(String nodeId, double stability, double difficulty, int reps, int lapses,
            Instant enteredAt, Instant lastRevisitAt, Instant dueAt) {
    }

    /**
     * One revisit. The answer is a journal entry of kind revisit created at {@code revisitedAt}; it
     * travels with the reflections, so the link is found again by that moment, not by a local id.
     */
    public record Revisit(String nodeId, String grade, Instant revisitedAt, List<Integer> checkpoints,
            int elapsedDays, Double retrievability, double stability, double difficulty, int scheduledDays,
            Instant dueAt) {
    }

    public record FieldInstruction(String phase, String attentionPattern, Integer depth, String assemblyPoint,
            String vectorQuestion) {
    }

    public record Revision(int revision, Instant savedAt, Integer restoredFrom, LocalDate date, String kind,
            String body, List<String> nodeIds, List<String> termIds, List<String> tags,
            FieldInstruction fieldInstruction) {

        public Revision {
            nodeIds = list(nodeIds);
            termIds = list(termIds);
            tags = list(tags);
        }

        /** The content, without the revision's own number, time and origin. */
        public boolean sameContent(Revision other) {
            return date.equals(other.date) && kind.equals(other.kind) && body.equals(other.body)
                    && nodeIds.equals(other.nodeIds) && termIds.equals(other.termIds) && tags.equals(other.tags)
                    && java.util.Objects.equals(fieldInstruction, other.fieldInstruction);
        }
    }

    public record Reflection(LocalDate date, String kind, String body, String phase,
            FieldInstruction fieldInstruction, List<String> nodeIds, List<String> termIds, List<String> tags,
            int revision, Instant createdAt, Instant updatedAt, Instant deletedAt, List<Revision> revisions) {

        public Reflection {
            nodeIds = list(nodeIds);
            termIds = list(termIds);
            tags = list(tags);
            revisions = list(revisions);
        }

        public boolean inTrash() {
            return deletedAt != null;
        }
    }

    public record Letter(String body, LocalDate writtenOn, Instant createdAt, LocalDate openOn, String openWhen,
            Instant openedAt, Instant readAt) {

        public boolean sealed() {
            return openedAt == null;
        }
    }

    /**
     * A talk with the model tutor and every message of it, the trash included. {@code aboutId} names
     * a node or term by its id and today's question as {@code today}; a journal entry has no id that
     * survives a move to another data folder, so a talk about one names the entry's {@code createdAt},
     * or null once the entry is gone.
     */
    public record Talk(String aboutType, String aboutId, String title, String lang, boolean forTraining,
            boolean demo, Instant createdAt, Instant updatedAt, Instant deletedAt, List<TalkMessage> messages) {

        public static final String REFLECTION = "reflection";

        public Talk {
            messages = list(messages);
        }

        public boolean inTrash() {
            return deletedAt != null;
        }

        public boolean aboutReflection() {
            return REFLECTION.equals(aboutType);
        }
    }

    /**
     * One message of a talk: {@code context} is exactly what was sent to the model with a learner's
     * message, {@code model} the model that wrote a tutor's; {@code failure} why a message is unanswered.
     */
    public record TalkMessage(int seq, String role, String body, String state, String failure, String context,
            String model, Instant createdAt) {

        public static final String LEARNER = "learner";

        public boolean fromLearner() {
            return LEARNER.equals(role);
        }

        /** The same message, whatever became of it since: everything but its state and failure. */
        public boolean sameMessage(TalkMessage other) {
            return seq == other.seq && role.equals(other.role) && body.equals(other.body)
                    && java.util.Objects.equals(context, other.context) && java.util.Objects.equals(model, other.model)
                    && createdAt.equals(other.createdAt);
        }
    }

    /** A record in a versioned history (metaphors, cards): the term it belongs to and its number. */
    public interface Versioned {
        String termId();

        int version();

        Integer restoredFrom();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }
}
