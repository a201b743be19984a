package app.tropa.exchange;

import app.tropa.review.ReviewQuestion;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks that look across records of one file: nothing twice that must be unique, and every
 * reference between records resolves inside the file. Ids of nodes and terms the curriculum does
 * not know are fine (retired steps keep their data); a reference from one record to another in
 * the file must name a record that is there.
 */
final class BackupChecks {

    private BackupChecks() {
    }

    static void check(BackupContent c, BackupProblems problems) {
        Map<String, Integer> progress = unique(c.progress(), Records.Progress::nodeId, "progress", "nodeId",
                "node", problems);
        checkpoints(c.progress(), problems);
        references(c.progressEvents(), Records.Event::nodeId, progress.keySet(), "progressEvents", "nodeId",
                "node", "progress", problems);
        unique(c.ownTerms(), Records.OwnTerm::id, "ownTerms", "id", "term", problems);
        history(c.metaphors(), "metaphors", problems);
        history(c.cards(), "cards", problems);
        Map<String, Integer> questions = unique(c.reviewQuestions(), Records.ReviewQuestion::reviewKey,
                "reviewQuestions", "reviewKey", "question", problems);
        Map<String, Integer> states = unique(c.reviewStates(), Records.ReviewState::termId, "reviewStates",
                "termId", "term", problems);
        references(c.reviewLog(), Records.Review::termId, states.keySet(), "reviewLog", "termId", "term",
                "reviewStates", problems);
        keptQuestions(c.reviewStates(), Records.ReviewState::termId, questions.keySet(), "reviewStates", problems);
        keptQuestions(c.reviewLog(), Records.Review::termId, questions.keySet(), "reviewLog", problems);
        unique(c.revisitStates(), Records.RevisitState::nodeId, "revisitStates", "nodeId", "step", problems);
        for (int i = 0; i < c.reflections().size(); i++) {
            reflection(c.reflections().get(i), "$.reflections[" + i + "]", problems);
        }
        for (int i = 0; i < c.letters().size(); i++) {
            letter(c.letters().get(i), "$.letters[" + i + "]", problems);
        }
        Set<Instant> entries = new HashSet<>();
        c.reflections().forEach(r -> entries.add(r.createdAt()));
        for (int i = 0; i < c.talks().size(); i++) {
            talk(c.talks().get(i), entries, "$.talks[" + i + "]", problems);
        }
    }

    private static <T> Map<String, Integer> unique(List<T> records, Function<T, String> key, String section,
            String field, String what, BackupProblems problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            Integer earlier = first.putIfAbsent(k, i);
            if (earlier != null) {
                problems.add("duplicate", "$." + section + "[" + i + "]." + field, "The " + what + " '" + k
                        + "' appears twice in " + section + " (first at $." + section + "[" + earlier + "]).");
            }
        }
        return first;
    }

    private static void checkpoints(List<Records.Progress> progress, BackupProblems problems) {
        for (int i = 0; i < progress.size(); i++) {
            List<Integer> ticked = progress.get(i).checkpoints();
            for (int j = 1; j < ticked.size(); j++) {
                if (ticked.get(j) <= ticked.get(j - 1)) {
                    problems.add("invalid-value", "$.progress[" + i + "].checkpoints",
                            "Checkpoint indexes must be listed in ascending order, each once.");
                    break;
                }
            }
        }
    }

    private static <T> void references(List<T> records, Function<T, String> key, Set<String> known, String section,
            String field, String what, String target, BackupProblems problems) {
        for (int i = 0; i < records.size(); i++) {
            String k = key.apply(records.get(i));
            if (!known.contains(k)) {
                problems.add("unresolved-reference", "$." + section + "[" + i + "]." + field, "The " + what + " '"
                        + k + "' has no record in " + target + "; every item of " + section + " needs one in the "
                        + "same file.");
            }
        }
    }

    /**
     * A review of a kept question names it by its key, and the question must come with it: restored
     * without its question, a review state would point at nothing.
     */
    private static <T> void keptQuestions(List<T> records, Function<T, String> termId, Set<String> keys,
            String section, BackupProblems problems) {
        for (int i = 0; i < records.size(); i++) {
            String k = termId.apply(records.get(i));
            if (ReviewQuestion.isKey(k) && !keys.contains(k)) {
                problems.add("unresolved-reference", "$." + section + "[" + i + "].termId", "'" + k + "' is the key "
                        + "of a kept review question, but reviewQuestions has no question with that reviewKey; a "
                        + "question's review needs the question in the same file.");
            }
        }
    }

    /** Versions unique per term, and a restore names an earlier version of the same term. */
    private static void history(List<? extends Records.Versioned> versions, String section,
            BackupProblems problems) {
        Map<String, Set<Integer>> numbers = new HashMap<>();
        for (int i = 0; i < versions.size(); i++) {
            Records.Versioned v = versions.get(i);
            if (!numbers.computeIfAbsent(v.termId(), t -> new HashSet<>()).add(v.version())) {
                problems.add("duplicate", "$." + section + "[" + i + "].version", "Term '" + v.termId()
                        + "' has version " + v.version() + " twice in " + section + ".");
            }
        }
        for (int i = 0; i < versions.size(); i++) {
            Records.Versioned v = versions.get(i);
            Integer from = v.restoredFrom();
            if (from != null && (from >= v.version() || !numbers.get(v.termId()).contains(from))) {
                problems.add("unresolved-reference", "$." + section + "[" + i + "].restoredFrom", "Version "
                        + v.version() + " of term '" + v.termId() + "' says it restores version " + from
                        + ", which is not an earlier version of that term in this file.");
            }
        }
    }

    private static void reflection(Records.Reflection r, String place, BackupProblems problems) {
        Set<Integer> numbers = new HashSet<>();
        Records.Revision latest = null;
        for (int j = 0; j < r.revisions().size(); j++) {
            Records.Revision rev = r.revisions().get(j);
            String at = place + ".revisions[" + j + "]";
            if (!numbers.add(rev.revision())) {
                problems.add("duplicate", at + ".revision", "Revision " + rev.revision() + " appears twice.");
            }
            if (latest == null || rev.revision() > latest.revision()) {
                latest = rev;
            }
            fieldInstruction(rev.kind(), rev.fieldInstruction(), at, problems);
        }
        for (int j = 0; j < r.revisions().size(); j++) {
            Integer from = r.revisions().get(j).restoredFrom();
            if (from != null && (from >= r.revisions().get(j).revision() || !numbers.contains(from))) {
                problems.add("unresolved-reference", place + ".revisions[" + j + "].restoredFrom", "Revision "
                        + r.revisions().get(j).revision() + " says it restores revision " + from
                        + ", which is not an earlier revision of this entry.");
            }
        }
        fieldInstruction(r.kind(), r.fieldInstruction(), place, problems);
        if (latest == null) {
            return;
        }
        if (r.revision() != latest.revision()) {
            problems.add("unresolved-reference", place + ".revision", "The entry says its current revision is "
                    + r.revision() + ", but its latest revision in revisions is " + latest.revision() + ".");
        } else if (!sameContent(r, latest)) {
            problems.add("invalid-value", place, "The entry's content differs from its latest revision ("
                    + latest.revision() + "); an entry's current content is always its latest revision.");
        }
    }

    private static boolean sameContent(Records.Reflection r, Records.Revision latest) {
        return r.date().equals(latest.date()) && r.kind().equals(latest.kind()) && r.body().equals(latest.body())
                && r.nodeIds().equals(latest.nodeIds()) && r.termIds().equals(latest.termIds())
                && r.tags().equals(latest.tags()) && Objects.equals(r.fieldInstruction(), latest.fieldInstruction());
    }

    private static void fieldInstruction(String kind, Records.FieldInstruction fi, String place,
            BackupProblems problems) {
        if (fi != null && !"field-instruction".equals(kind)) {
            problems.add("invalid-value", place + ".fieldInstruction", "Only entries of kind field-instruction "
                    + "have a fieldInstruction; this one is " + kind + ".");
        }
    }

    private static final Set<String> LEARNER_STATES = Set.of("waiting", "answered", "unanswered");
    private static final Set<String> TUTOR_STATES = Set.of("complete", "cut");

    /** Messages in order, each state one its speaker can have, and the entry a talk is about in the file. */
    private static void talk(Records.Talk t, Set<Instant> entries, String place, BackupProblems problems) {
        for (int j = 0; j < t.messages().size(); j++) {
            Records.TalkMessage m = t.messages().get(j);
            String at = place + ".messages[" + j + "]";
            if (j > 0 && m.seq() <= t.messages().get(j - 1).seq()) {
                problems.add(m.seq() == t.messages().get(j - 1).seq() ? "duplicate" : "invalid-value", at + ".seq",
                        "Message " + m.seq() + " comes after message " + t.messages().get(j - 1).seq()
                                + "; a talk lists its messages in order of seq, each once.");
            }
            Set<String> states = m.fromLearner() ? LEARNER_STATES : TUTOR_STATES;
            if (!states.contains(m.state())) {
                problems.add("invalid-value", at + ".state", "A learner's message is waiting, answered or "
                        + "unanswered, a tutor's complete or cut; this " + m.role() + "'s message is '" + m.state()
                        + "'.");
            }
        }
        if (t.aboutReflection() && t.aboutId() != null) {
            Instant created = moment(t.aboutId());
            if (created == null || !entries.contains(created)) {
                problems.add("unresolved-reference", place + ".aboutId", "The talk is about the journal entry "
                        + "written at " + t.aboutId() + ", but reflections has no entry with that createdAt; a talk "
                        + "about an entry that is gone has aboutId null.");
            }
        }
    }

    /** A moment as the schema lets it be written (any offset), or null. */
    static Instant moment(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void letter(Records.Letter l, String place, BackupProblems problems) {
        if ((l.openOn() == null) == (l.openWhen() == null)) {
            problems.add("invalid-value", place, "A letter opens on one condition: give either openOn or "
                    + "openWhen.");
        }
        if (l.readAt() != null && l.openedAt() == null) {
            problems.add("invalid-value", place + ".readAt", "A letter can only have been read once it opened, "
                    + "but openedAt is empty.");
        }
    }
}
