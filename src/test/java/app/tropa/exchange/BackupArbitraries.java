package app.tropa.exchange;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generated learner histories as backups: internally consistent (every reference resolves), in
 * the order an export writes them, with text full of Unicode edge cases and lists that are often
 * empty. Used by the property tests of the format and of the database round trip.
 */
final class BackupArbitraries {

    /** Pieces of text that have broken exports before in other tools: scripts, emoji, marks, line ends, markup. */
    static final List<String> TRICKY = List.of("a", "Я", "ё", "Ёжик", "😀", "👩‍💻", "🇷🇺", "e\u0301", "\u200B",
            "\u00A0", "\uFEFF", "\u2028", "\r\n", "\n", "\r", "\t", "\"", "\\", "'", "<b>", "</script>", "&amp;",
            "𝔘𝔫𝔦", "中文", "עברית", "العربية", " ", "—", "#", "[[", "]]", "|", ",", ";", "---", "{{", "}", "%s",
            "\u0007", "ℵ", "Ω", "ﬁ");

    static final List<String> NODE_IDS = List.of("why-your-own-ai", "tokens-up-close", "seeing-the-whole",
            "first-tuning", "retired-node", "x", "a1-b2-c3");
    static final List<String> TERM_IDS = List.of("token", "context-window", "lora-rank", "quantization",
            "gorizont-dykhaniya", "retired-term", "q");
    static final List<String> PHASES = List.of("ideal-thinking", "technical-immersion", "integration", "elevation");

    private BackupArbitraries() {
    }

    static Arbitrary<String> text(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TRICKY),
                Arbitraries.strings().alpha().numeric().ofMaxLength(12),
                Arbitraries.strings().withCharRange('а', 'я').ofMaxLength(12));
        return piece.list().ofMaxSize(maxPieces).map(p -> String.join("", p));
    }

    static Arbitrary<String> nonEmptyText(int maxPieces) {
        return text(maxPieces).filter(s -> !s.isEmpty());
    }

    static Arbitrary<Instant> instants() {
        long from = Instant.parse("2000-01-01T00:00:00Z").toEpochMilli() * 1000;
        long to = Instant.parse("2100-01-01T00:00:00Z").toEpochMilli() * 1000;
        return Arbitraries.longs().between(from, to).map(micros -> Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1)
                .toEpochDay()).map(LocalDate::ofEpochDay);
    }

    static Arbitrary<Double> numbers() {
        return Arbitraries.doubles().between(-1e9, 1e9).map(d -> d == 0.0 ? 0.0 : d);
    }

    static Arbitrary<String> ids(List<String> pool) {
        return Arbitraries.oneOf(Arbitraries.of(pool),
                Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(10));
    }

    static Arbitrary<String> curriculumVersions() {
        return Arbitraries.of("3f2a9c1b7d4e", "000000000000", "a");
    }

    static Arbitrary<Records.Progress> progress(String nodeId) {
        Arbitrary<List<Integer>> checkpoints = Arbitraries.integers().between(0, 30).set().ofMaxSize(5)
                .map(s -> s.stream().sorted().toList());
        return Combinators.combine(Arbitraries.of("not_started", "in_progress", "done", "skipped"), checkpoints,
                text(6).injectNull(0.3), instants().injectNull(0.3), instants().injectNull(0.5), instants(),
                curriculumVersions()).as((status, ticked, note, started, completed, updated, version) ->
                new Records.Progress(nodeId, status, ticked, note, started, completed, updated, version));
    }

    static Arbitrary<Records.Event> event(List<String> nodeIds) {
        return Combinators.combine(Arbitraries.of(nodeIds), Arbitraries.of("status", "checkpoint_ticked",
                "checkpoint_unticked", "note"), text(4).injectNull(0.4), text(4).injectNull(0.4),
                Arbitraries.integers().between(0, 30).injectNull(0.5), instants(), curriculumVersions(),
                Arbitraries.of("placement", "placement-undo").injectNull(0.6))
                .as(Records.Event::new);
    }

    static Arbitrary<Records.OwnTerm> ownTerm(String id) {
        return Combinators.combine(nonEmptyText(5), text(10), Arbitraries.of(PHASES), instants())
                .as((title, definition, phase, at) -> new Records.OwnTerm(id, title, definition, phase, at));
    }

    static Arbitrary<List<Records.Metaphor>> metaphors(String termId) {
        return Combinators.combine(text(8), Arbitraries.of(PHASES), Arbitraries.of(true, false), instants(),
                Arbitraries.integers().between(0, 5)).as(Piece::new).list().ofMinSize(1).ofMaxSize(4).map(pieces -> {
                    List<Records.Metaphor> versions = new ArrayList<>();
                    for (int v = 1; v <= pieces.size(); v++) {
                        Piece p = pieces.get(v - 1);
                        versions.add(new Records.Metaphor(termId, v, p.text, p.phase, restored(v, p.pick), p.flag,
                                p.at));
                    }
                    return versions;
                });
    }

    static Arbitrary<List<Records.Card>> cards(String termId) {
        Arbitrary<List<String>> fields = text(4).list().ofSize(5);
        return Combinators.combine(fields, Arbitraries.of(PHASES), instants(), Arbitraries.integers().between(0, 5))
                .as((f, phase, at, pick) -> new Object[] {f, phase, at, pick}).list().ofMinSize(1).ofMaxSize(3)
                .map(pieces -> {
                    List<Records.Card> versions = new ArrayList<>();
                    for (int v = 1; v <= pieces.size(); v++) {
                        Object[] p = pieces.get(v - 1);
                        @SuppressWarnings("unchecked")
                        List<String> f = (List<String>) p[0];
                        versions.add(new Records.Card(termId, v, f.get(0), f.get(1), f.get(2), f.get(3), f.get(4),
                                (String) p[1], restored(v, (Integer) p[3]), (Instant) p[2]));
                    }
                    return versions;
                });
    }

    private record Piece(String text, String phase, boolean flag, Instant at, int pick) {
    }

    private static Integer restored(int version, int pick) {
        return version > 1 && pick > 0 ? 1 + pick % (version - 1) : null;
    }

    /** A kept review question; its key is the moment it was kept in milliseconds, as Tropa makes it. */
    static Arbitrary<Records.ReviewQuestion> reviewQuestion(String key) {
        return Combinators.combine(ids(NODE_IDS), nonEmptyText(10), nonEmptyText(16), Arbitraries.of("en", "ru"),
                instants()).as((node, question, answer, lang, at) -> new Records.ReviewQuestion(key, node, question,
                        answer, lang, at));
    }

    static Arbitrary<String> reviewKeys() {
        return Arbitraries.longs().between(0, Instant.parse("2100-01-01T00:00:00Z").toEpochMilli())
                .map(millis -> "question-" + millis);
    }

    static Arbitrary<Records.ReviewState> reviewState(String termId) {
        return Combinators.combine(numbers().injectNull(0.3), numbers().injectNull(0.3),
                Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 100), instants(),
                instants().injectNull(0.3), instants()).as((s, d, reps, lapses, entered, last, due) ->
                new Records.ReviewState(termId, s, d, reps, lapses, entered, last, due));
    }

    static Arbitrary<Records.Review> review(List<String> termIds) {
        return Combinators.combine(Arbitraries.of(termIds), Arbitraries.of("again", "hard", "good", "easy"), instants(),
                Arbitraries.integers().between(0, 5000), numbers().injectNull(0.3), numbers(), numbers(),
                Arbitraries.integers().between(0, 36500)).as((term, grade, at, elapsed, r, s, d, days) ->
                new Records.Review(term, grade, at, elapsed, r, s, d, days, at.plus(days, ChronoUnit.DAYS)));
    }

    static Arbitrary<Records.FieldInstruction> fieldInstruction() {
        return Combinators.combine(Arbitraries.of(PHASES).injectNull(0.2), text(5).injectNull(0.3),
                Arbitraries.integers().between(1, 5).injectNull(0.3), text(5).injectNull(0.3),
                text(5).injectNull(0.3)).as(Records.FieldInstruction::new);
    }

    private record Content(LocalDate date, String kind, String body, List<String> nodeIds, List<String> termIds,
            List<String> tags, Records.FieldInstruction fi) {
    }

    static Arbitrary<String> tags() {
        return Arbitraries.oneOf(Arbitraries.of("dataset", "ru", "идея", "🙂", "two words", "LoRA"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8));
    }

    private static Arbitrary<Content> content() {
        return Combinators.combine(dates(), Arbitraries.of("daily", "field-instruction"), nonEmptyText(20),
                ids(NODE_IDS).list().ofMaxSize(3), ids(TERM_IDS).list().ofMaxSize(3),
                tags().list().ofMaxSize(3), fieldInstruction())
                .as((date, kind, body, nodes, terms, tags, fi) -> new Content(date, kind, body, nodes, terms, tags,
                        kind.equals("daily") ? null : fi));
    }

    static Arbitrary<Records.Reflection> reflection() {
        return Combinators.combine(content().list().ofMinSize(1).ofMaxSize(3), instants(),
                Arbitraries.of(PHASES).injectNull(0.2), instants().injectNull(0.8),
                Arbitraries.integers().between(0, 3)).as((contents, created, phase, deleted, pick) -> {
                    List<Records.Revision> revisions = new ArrayList<>();
                    for (int n = 1; n <= contents.size(); n++) {
                        Content c = contents.get(n - 1);
                        revisions.add(new Records.Revision(n, created.plus(n - 1, ChronoUnit.HOURS),
                                restored(n, pick), c.date, c.kind, c.body, c.nodeIds, c.termIds, c.tags, c.fi));
                    }
                    Records.Revision last = revisions.get(revisions.size() - 1);
                    return new Records.Reflection(last.date(), last.kind(), last.body(), phase,
                            last.fieldInstruction(), last.nodeIds(), last.termIds(), last.tags(), last.revision(),
                            created, last.savedAt(), deleted, revisions);
                });
    }

    static Arbitrary<Records.Letter> letter() {
        Arbitrary<String> milestone = Arbitraries.oneOf(ids(PHASES).map(id -> "phase:" + id),
                ids(NODE_IDS).map(id -> "node:" + id));
        return Combinators.combine(nonEmptyText(20), dates(), instants(), Arbitraries.of(true, false),
                dates(), milestone, instants().injectNull(0.5), instants().injectNull(0.5))
                .as((body, written, created, byDay, day, when, opened, read) -> new Records.Letter(body, written,
                        created, byDay ? day : null, byDay ? null : when, opened, opened == null ? null : read));
    }

    /** A message of a talk: its speaker and a state that speaker's messages can have. */
    static Arbitrary<Records.TalkMessage> talkMessage(int seq) {
        Arbitrary<String[]> spoken = Arbitraries.of(new String[] {"learner", "answered"},
                new String[] {"learner", "unanswered"}, new String[] {"learner", "waiting"},
                new String[] {"tutor", "complete"}, new String[] {"tutor", "cut"});
        return Combinators.combine(spoken, text(12), Arbitraries.of("model-failed", "model-timeout", "tutor-off")
                .injectNull(0.4), text(8).injectNull(0.3), Arbitraries.of("tutor-small", "qwen2.5:7b", "Ёж 🙂")
                .injectNull(0.3), instants()).as((who, body, failure, context, model, at) ->
                new Records.TalkMessage(seq, who[0], body, who[1], failure, context, model, at));
    }

    /** A talk about a step, a term, today, or one of the entries (or an entry that is gone). */
    static Arbitrary<Records.Talk> talk(List<Records.Reflection> entries) {
        Arbitrary<String[]> about = Arbitraries.oneOf(ids(NODE_IDS).map(id -> new String[] {"node", id}),
                ids(TERM_IDS).map(id -> new String[] {"term", id}), Arbitraries.just(new String[] {"today", "today"}),
                (entries.isEmpty() ? Arbitraries.just((String) null) : Arbitraries.of(entries)
                        .map(e -> e.createdAt().toString()).injectNull(0.2))
                        .map(id -> new String[] {"reflection", id}));
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 3).list().ofMaxSize(5);
        Arbitrary<List<Records.TalkMessage>> messages = gaps.flatMap(steps -> {
            List<Arbitrary<Records.TalkMessage>> each = new ArrayList<>();
            int seq = 0;
            for (int step : steps) {
                seq += step;
                each.add(talkMessage(seq));
            }
            return sequence(each);
        });
        return Combinators.combine(about, text(5), Arbitraries.of("en", "ru"), Arbitraries.of(true, false),
                Arbitraries.of(true, false), instants(), instants().injectNull(0.7), messages)
                .as((a, title, lang, training, demo, created, deleted, said) -> new Records.Talk(a[0], a[1], title,
                        lang, training, demo, created, created.plus(said.size(), ChronoUnit.MINUTES), deleted,
                        said));
    }

    static Arbitrary<Map<String, String>> settings() {
        return Combinators.combine(instants().injectNull(0.2), text(3).injectNull(0.7)).as((created, other) -> {
            Map<String, String> s = new TreeMap<>();
            if (created != null) {
                s.put("created_at", created.toString());
            }
            if (other != null) {
                s.put("x.note", other);
            }
            return s;
        });
    }

    /**
     * A whole history; without the journal, reflections, letters and talks stay empty. Kept questions
     * are often in review too, so review states and the log name some of them by key.
     */
    static Arbitrary<BackupContent> backups(boolean withJournal) {
        Arbitrary<List<Records.Progress>> progress = ids(NODE_IDS).set().ofMaxSize(5)
                .flatMap(ids -> sequence(sorted(ids).stream().map(BackupArbitraries::progress).toList()));
        Arbitrary<List<Records.OwnTerm>> own = ids(TERM_IDS).set().ofMaxSize(3)
                .flatMap(ids -> sequence(sorted(ids).stream().map(BackupArbitraries::ownTerm).toList()));
        Arbitrary<List<Records.Metaphor>> metaphors = ids(TERM_IDS).set().ofMaxSize(3)
                .flatMap(ids -> sequence(sorted(ids).stream().map(BackupArbitraries::metaphors).toList()))
                .map(BackupArbitraries::flat);
        Arbitrary<List<Records.Card>> cards = ids(TERM_IDS).set().ofMaxSize(3)
                .flatMap(ids -> sequence(sorted(ids).stream().map(BackupArbitraries::cards).toList()))
                .map(BackupArbitraries::flat);
        Arbitrary<List<Records.ReviewQuestion>> questions = reviewKeys().set().ofMaxSize(3)
                .flatMap(keys -> sequence(sorted(keys).stream().map(BackupArbitraries::reviewQuestion).toList()));
        Arbitrary<List<Records.Reflection>> reflections = withJournal ? reflection().list().ofMaxSize(3)
                : Arbitraries.just(List.of());
        Arbitrary<List<Records.Letter>> letters = withJournal ? letter().list().ofMaxSize(3)
                : Arbitraries.just(List.of());
        Arbitrary<Glossary> glossary = Combinators.combine(own, metaphors, cards, questions,
                ids(TERM_IDS).set().ofMaxSize(3), Arbitraries.integers().between(0, 3))
                .flatAs((o, m, c, q, terms, take) -> sequence(inReview(terms, q, take).stream()
                        .map(BackupArbitraries::reviewState).toList()).map(states -> new Glossary(o, m, c, q, states)))
                .flatMap(g -> (g.states.isEmpty() ? Arbitraries.just(List.<Records.Review>of())
                        : review(g.states.stream().map(Records.ReviewState::termId).toList()).list().ofMaxSize(4))
                        .map(log -> g.with(log)));
        Arbitrary<History> history = progress.flatMap(p -> (p.isEmpty() ? Arbitraries.just(List.<Records.Event>of())
                : event(p.stream().map(Records.Progress::nodeId).toList()).list().ofMaxSize(6))
                .map(events -> new History(p, events)));
        Arbitrary<Journal> journal = Combinators.combine(reflections, letters).as(Journal::new)
                .flatMap(j -> (withJournal ? talk(j.reflections).list().ofMaxSize(3) : Arbitraries.just(
                        List.<Records.Talk>of())).map(j::with));
        return Combinators.combine(settings(), history, glossary, journal, instants())
                .as((settings, h, g, j, exported) -> {
                    BackupContent c = new BackupContent(new BackupContent.Header(BackupJson.SCHEMA_VERSION, exported,
                            "3f2a9c1b7d4e", "UTC"), settings);
                    h.progress.forEach(r -> c.add(Section.PROGRESS, r));
                    h.events.forEach(r -> c.add(Section.PROGRESS_EVENTS, r));
                    g.own.forEach(r -> c.add(Section.OWN_TERMS, r));
                    g.metaphors.forEach(r -> c.add(Section.METAPHORS, r));
                    g.cards.forEach(r -> c.add(Section.CARDS, r));
                    g.questions.forEach(r -> c.add(Section.REVIEW_QUESTIONS, r));
                    g.states.forEach(r -> c.add(Section.REVIEW_STATES, r));
                    g.log.forEach(r -> c.add(Section.REVIEW_LOG, r));
                    j.reflections.forEach(r -> c.add(Section.REFLECTIONS, r));
                    j.letters.forEach(r -> c.add(Section.LETTERS, r));
                    j.talks.forEach(r -> c.add(Section.TALKS, r));
                    return c;
                });
    }

    /** Talks come with the journal: a talk about an entry names one of these. */
    private record Journal(List<Records.Reflection> reflections, List<Records.Letter> letters,
            List<Records.Talk> talks) {

        Journal(List<Records.Reflection> reflections, List<Records.Letter> letters) {
            this(reflections, letters, List.of());
        }

        Journal with(List<Records.Talk> talks) {
            return new Journal(reflections, letters, talks);
        }
    }

    private record History(List<Records.Progress> progress, List<Records.Event> events) {
    }

    private record Glossary(List<Records.OwnTerm> own, List<Records.Metaphor> metaphors, List<Records.Card> cards,
            List<Records.ReviewQuestion> questions, List<Records.ReviewState> states, List<Records.Review> log) {

        Glossary(List<Records.OwnTerm> own, List<Records.Metaphor> metaphors, List<Records.Card> cards,
                List<Records.ReviewQuestion> questions, List<Records.ReviewState> states) {
            this(own, metaphors, cards, questions, states, List.of());
        }

        Glossary with(List<Records.Review> log) {
            return new Glossary(own, metaphors, cards, questions, states, log);
        }
    }

    /** Ids in review, in export order: the terms, and the first {@code take} kept questions by their keys. */
    private static List<String> inReview(Set<String> terms, List<Records.ReviewQuestion> questions, int take) {
        Set<String> ids = new java.util.HashSet<>(terms);
        questions.stream().limit(take).forEach(q -> ids.add(q.reviewKey()));
        return sorted(ids);
    }

    private static List<String> sorted(Set<String> ids) {
        return ids.stream().sorted(Comparator.naturalOrder()).toList();
    }

    private static <T> Arbitrary<List<T>> sequence(List<Arbitrary<T>> arbitraries) {
        if (arbitraries.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(arbitraries).as(List::copyOf);
    }

    private static <T> List<T> flat(List<List<T>> lists) {
        return lists.stream().flatMap(List::stream).toList();
    }
}
