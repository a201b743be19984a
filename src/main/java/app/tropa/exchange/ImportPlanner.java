package app.tropa.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides what an import does, as plain Java over the file and what this Tropa holds now
 * (docs/export.md, "Merge rules"). Merge never deletes and never rewrites history: logs gain the
 * entries they lack, a versioned history gains the file's later versions when the file continues
 * it, a state is taken when the file's is newer, and anything else stays as it is. Importing the
 * same file again therefore changes nothing.
 */
public final class ImportPlanner {

    /** What this Tropa holds now, with the database ids of journal entries, letters and talks for updates. */
    public record Current(BackupContent content, List<Long> reflectionIds, List<Long> letterIds, List<Long> talkIds) {

        public Current(BackupContent content, List<Long> reflectionIds, List<Long> letterIds) {
            this(content, reflectionIds, letterIds, List.of());
        }
    }

    private ImportPlanner() {
    }

    public static ImportPlan replace(BackupContent file, Map<String, Integer> currentCounts) {
        ImportPlan plan = new ImportPlan(ImportPlan.Mode.REPLACE);
        file.settings().forEach((k, v) -> {
            if (LearnerTables.backedUp(k)) {
                plan.settings.put(k, v);
                plan.counts().get(Section.SETTINGS).added++;
            } else {
                plan.counts().get(Section.SETTINGS).skipped++;
            }
        });
        plan.counts().get(Section.SETTINGS).inFile = file.settings().size();
        for (Section s : Section.values()) {
            plan.count(s).inFile = file.size(s);
            plan.count(s).removed = currentCounts.getOrDefault(s.key(), 0);
            file.list(s).forEach(r -> plan.add(s, r));
        }
        return plan;
    }

    public static ImportPlan merge(BackupContent file, Current current) {
        ImportPlan plan = new ImportPlan(ImportPlan.Mode.MERGE);
        BackupContent here = current.content();
        settings(file.settings(), here.settings(), plan);
        for (Section s : Section.values()) {
            plan.count(s).inFile = file.size(s);
        }
        progress(file.progress(), here.progress(), plan);
        log(Section.PROGRESS_EVENTS, file.progressEvents(), here.progressEvents(), plan);
        ownTerms(file.ownTerms(), here.ownTerms(), plan);
        history(Section.METAPHORS, file.metaphors(), here.metaphors(), plan);
        history(Section.CARDS, file.cards(), here.cards(), plan);
        reviewQuestions(file.reviewQuestions(), here.reviewQuestions(), plan);
        reviewStates(file.reviewStates(), here.reviewStates(), plan);
        log(Section.REVIEW_LOG, file.reviewLog(), here.reviewLog(), plan);
        revisitStates(file.revisitStates(), here.revisitStates(), plan);
        log(Section.REVISIT_LOG, file.revisitLog(), here.revisitLog(), plan);
        reflections(file.reflections(), here.reflections(), current.reflectionIds(), plan);
        letters(file.letters(), here.letters(), current.letterIds(), plan);
        talks(file.talks(), here.talks(), current.talkIds(), plan);
        return plan;
    }

    private static void settings(Map<String, String> file, Map<String, String> here, ImportPlan plan) {
        ImportPlan.Counts c = plan.counts().get(Section.SETTINGS);
        c.inFile = file.size();
        file.forEach((key, value) -> {
            String local = here.get(key);
            if (!LearnerTables.backedUp(key)) {
                c.skipped++;
            } else if (local == null) {
                plan.settings.put(key, value);
                c.added++;
            } else if (!local.equals(value) && key.equals("created_at") && earlier(value, local)) {
                // The learner's day one is the earlier of the two: merging never makes them newer.
                plan.settings.put(key, value);
                c.updated++;
            } else {
                c.skipped++;
            }
        });
    }

    private static boolean earlier(String value, String than) {
        try {
            return Instant.parse(value).isBefore(Instant.parse(than));
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static void progress(List<Records.Progress> file, List<Records.Progress> here, ImportPlan plan) {
        Map<String, Records.Progress> local = index(here, Records.Progress::nodeId);
        ImportPlan.Counts c = plan.count(Section.PROGRESS);
        for (Records.Progress p : file) {
            Records.Progress mine = local.get(p.nodeId());
            if (mine == null) {
                plan.add(Section.PROGRESS, p);
            } else if (!mine.equals(p) && p.updatedAt().isAfter(mine.updatedAt())) {
                plan.progressUpdates.add(p);
                c.updated++;
            } else {
                c.skipped++;
            }
        }
    }

    /** Append-only logs: each entry of the file that this Tropa lacks (counted with repeats) is added. */
    private static <T> void log(Section section, List<T> file, List<T> here, ImportPlan plan) {
        Map<T, Integer> local = new HashMap<>();
        here.forEach(r -> local.merge(r, 1, Integer::sum));
        for (T r : file) {
            Integer left = local.get(r);
            if (left != null && left > 0) {
                local.put(r, left - 1);
                plan.count(section).skipped++;
            } else {
                plan.add(section, r);
            }
        }
    }

    private static void ownTerms(List<Records.OwnTerm> file, List<Records.OwnTerm> here, ImportPlan plan) {
        Map<String, Records.OwnTerm> local = index(here, Records.OwnTerm::id);
        for (Records.OwnTerm t : file) {
            Records.OwnTerm mine = local.get(t.id());
            if (mine == null) {
                plan.add(Section.OWN_TERMS, t);
            } else {
                plan.count(Section.OWN_TERMS).skipped++;
                if (!mine.equals(t)) {
                    plan.count(Section.OWN_TERMS).conflicts++;
                }
            }
        }
    }

    /** Per term: the file's later versions are added when the file continues this Tropa's history. */
    private static <T extends Records.Versioned> void history(Section section, List<T> file, List<T> here,
            ImportPlan plan) {
        Map<String, List<T>> local = byTerm(here);
        for (Map.Entry<String, List<T>> term : byTerm(file).entrySet()) {
            List<T> theirs = term.getValue();
            List<T> mine = local.getOrDefault(term.getKey(), List.of());
            ImportPlan.Counts c = plan.count(section);
            if (startsWith(theirs, mine)) {
                c.skipped += mine.size();
                theirs.subList(mine.size(), theirs.size()).forEach(v -> plan.add(section, v));
            } else {
                c.skipped += theirs.size();
                if (!startsWith(mine, theirs)) {
                    c.conflicts += theirs.size();
                }
            }
        }
    }

    private static <T extends Records.Versioned> Map<String, List<T>> byTerm(List<T> versions) {
        Map<String, List<T>> byTerm = new LinkedHashMap<>();
        versions.forEach(v -> byTerm.computeIfAbsent(v.termId(), t -> new ArrayList<>()).add(v));
        byTerm.values().forEach(l -> l.sort(Comparator.comparingInt(Records.Versioned::version)));
        return byTerm;
    }

    private static <T> boolean startsWith(List<T> list, List<T> prefix) {
        return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }

    /**
     * A kept question is known by its key, which no other question here can have: one missing here is
     * added, one here is kept (a different one counts as a conflict), so merging never duplicates it.
     */
    private static void reviewQuestions(List<Records.ReviewQuestion> file, List<Records.ReviewQuestion> here,
            ImportPlan plan) {
        Map<String, Records.ReviewQuestion> local = index(here, Records.ReviewQuestion::reviewKey);
        ImportPlan.Counts c = plan.count(Section.REVIEW_QUESTIONS);
        for (Records.ReviewQuestion q : file) {
            Records.ReviewQuestion mine = local.get(q.reviewKey());
            if (mine == null) {
                plan.add(Section.REVIEW_QUESTIONS, q);
            } else {
                c.skipped++;
                if (!mine.equals(q)) {
                    c.conflicts++;
                }
            }
        }
    }

    private static void reviewStates(List<Records.ReviewState> file, List<Records.ReviewState> here, ImportPlan plan) {
        Map<String, Records.ReviewState> local = index(here, Records.ReviewState::termId);
        for (Records.ReviewState s : file) {
            Records.ReviewState mine = local.get(s.termId());
            if (mine == null) {
                plan.add(Section.REVIEW_STATES, s);
            } else if (!mine.equals(s) && newer(s, mine)) {
                plan.reviewStateUpdates.add(s);
                plan.count(Section.REVIEW_STATES).updated++;
            } else {
                plan.count(Section.REVIEW_STATES).skipped++;
            }
        }
    }

    private static void revisitStates(List<Records.RevisitState> file, List<Records.RevisitState> here,
            ImportPlan plan) {
        Map<String, Records.RevisitState> local = index(here, Records.RevisitState::nodeId);
        for (Records.RevisitState s : file) {
            Records.RevisitState mine = local.get(s.nodeId());
            if (mine == null) {
                plan.add(Section.REVISIT_STATES, s);
            } else if (!mine.equals(s) && (s.lastRevisitAt().isAfter(mine.lastRevisitAt())
                    || (s.lastRevisitAt().equals(mine.lastRevisitAt()) && s.reps() > mine.reps()))) {
                plan.revisitStateUpdates.add(s);
                plan.count(Section.REVISIT_STATES).updated++;
            } else {
                plan.count(Section.REVISIT_STATES).skipped++;
            }
        }
    }

    /** Reviewed later, or as late and more often. */
    private static boolean newer(Records.ReviewState a, Records.ReviewState b) {
        Instant at = a.lastReviewAt() == null ? Instant.MIN : a.lastReviewAt();
        Instant bt = b.lastReviewAt() == null ? Instant.MIN : b.lastReviewAt();
        return at.isAfter(bt) || (at.equals(bt) && a.reps() > b.reps());
    }

    /** An entry is the same entry when it was created at the same moment with the same first revision. */
    private record EntryKey(Instant createdAt, Records.Revision first) {
        static EntryKey of(Records.Reflection r) {
            return new EntryKey(r.createdAt(), sorted(r.revisions()).get(0));
        }
    }

    private static void reflections(List<Records.Reflection> file, List<Records.Reflection> here, List<Long> ids,
            ImportPlan plan) {
        Map<EntryKey, List<Integer>> local = new HashMap<>();
        for (int i = 0; i < here.size(); i++) {
            local.computeIfAbsent(EntryKey.of(here.get(i)), k -> new ArrayList<>()).add(i);
        }
        ImportPlan.Counts c = plan.count(Section.REFLECTIONS);
        for (Records.Reflection r : file) {
            List<Integer> candidates = local.getOrDefault(EntryKey.of(r), new ArrayList<>());
            if (candidates.isEmpty()) {
                plan.add(Section.REFLECTIONS, r);
                continue;
            }
            int i = candidates.remove(0);
            List<Records.Revision> mine = sorted(here.get(i).revisions());
            List<Records.Revision> theirs = sorted(r.revisions());
            if (theirs.size() > mine.size() && startsWith(theirs, mine)) {
                plan.extensions.add(new ImportPlan.Extension(ids.get(i), mine.size(), r));
                c.updated++;
            } else {
                c.skipped++;
                if (!startsWith(mine, theirs)) {
                    c.conflicts++;
                }
            }
        }
    }

    private static List<Records.Revision> sorted(List<Records.Revision> revisions) {
        return revisions.stream().sorted(Comparator.comparingInt(Records.Revision::revision)).toList();
    }

    /** A letter is the same letter when written at the same moment with the same text. */
    private record LetterKey(Instant createdAt, java.time.LocalDate writtenOn, String body) {
        static LetterKey of(Records.Letter l) {
            return new LetterKey(l.createdAt(), l.writtenOn(), l.body());
        }
    }

    private static void letters(List<Records.Letter> file, List<Records.Letter> here, List<Long> ids, ImportPlan plan) {
        Map<LetterKey, List<Integer>> local = new HashMap<>();
        for (int i = 0; i < here.size(); i++) {
            local.computeIfAbsent(LetterKey.of(here.get(i)), k -> new ArrayList<>()).add(i);
        }
        for (Records.Letter l : file) {
            List<Integer> candidates = local.getOrDefault(LetterKey.of(l), new ArrayList<>());
            if (candidates.isEmpty()) {
                plan.add(Section.LETTERS, l);
                continue;
            }
            int i = candidates.remove(0);
            Records.Letter mine = here.get(i);
            Instant opened = mine.openedAt() != null ? mine.openedAt() : l.openedAt();
            Instant read = mine.readAt() != null ? mine.readAt() : l.readAt();
            if (!Objects.equals(opened, mine.openedAt()) || !Objects.equals(read, mine.readAt())) {
                plan.letterUpdates.add(new ImportPlan.LetterUpdate(ids.get(i), new Records.Letter(mine.body(),
                        mine.writtenOn(), mine.createdAt(), mine.openOn(), mine.openWhen(), opened,
                        opened == null ? null : read)));
                plan.count(Section.LETTERS).updated++;
            } else {
                plan.count(Section.LETTERS).skipped++;
            }
        }
    }

    /**
     * A talk is the same talk when it began at the same moment, about the same kind of thing, with the
     * same first message: none of these ever changes. The title and the about id are left out: a
     * title is a caption, and a talk about a journal entry names the entry by its moment, which is
     * null where the entry is gone and set where it is not, so the same talk would look like two.
     */
    private record TalkKey(Instant createdAt, String aboutType, String firstMessage) {
        static TalkKey of(Records.Talk t) {
            return new TalkKey(t.createdAt(), t.aboutType(), messages(t).stream().findFirst()
                    .map(Records.TalkMessage::body).orElse(null));
        }
    }

    /** Per talk: when the file's messages continue the ones here, the later ones are added. */
    private static void talks(List<Records.Talk> file, List<Records.Talk> here, List<Long> ids, ImportPlan plan) {
        Map<TalkKey, List<Integer>> local = new HashMap<>();
        for (int i = 0; i < here.size(); i++) {
            local.computeIfAbsent(TalkKey.of(here.get(i)), k -> new ArrayList<>()).add(i);
        }
        ImportPlan.Counts c = plan.count(Section.TALKS);
        for (Records.Talk t : file) {
            List<Integer> candidates = local.getOrDefault(TalkKey.of(t), new ArrayList<>());
            if (candidates.isEmpty()) {
                plan.add(Section.TALKS, t);
                continue;
            }
            int i = candidates.remove(0);
            List<Records.TalkMessage> mine = messages(here.get(i));
            List<Records.TalkMessage> theirs = messages(t);
            if (theirs.size() > mine.size() && continues(theirs, mine)) {
                plan.talkExtensions.add(new ImportPlan.TalkExtension(ids.get(i), mine.size(), t));
                c.updated++;
            } else {
                c.skipped++;
                if (!continues(mine, theirs)) {
                    c.conflicts++;
                }
            }
        }
    }

    /** The list starts with the prefix's messages, whatever their state became since. */
    private static boolean continues(List<Records.TalkMessage> list, List<Records.TalkMessage> prefix) {
        if (list.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!list.get(i).sameMessage(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Records.TalkMessage> messages(Records.Talk t) {
        return t.messages().stream().sorted(Comparator.comparingInt(Records.TalkMessage::seq)).toList();
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> key) {
        Map<String, T> index = new HashMap<>();
        records.forEach(r -> index.put(key.apply(r), r));
        return index;
    }
}
