package app.tropa.glossary;

import app.tropa.http.Saves;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Phase;
import app.tropa.progress.ProgressService;
import app.tropa.activity.ActivitySource;
import app.tropa.progress.Position;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The learner's glossary: the curriculum's terms and their own, and for each term the versions of
 * their metaphor and concept card. Nothing written is ever changed or deleted: every save and
 * every restore adds a version, stamped with the time and the learner's phase.
 */
@ApplicationScoped
@Saves
public class GlossaryService implements ActivitySource {

    public static final int MAX_TITLE = 120;
    public static final int MAX_DEFINITION = 2000;
    public static final int MAX_METAPHOR = 2000;
    public static final int MAX_CARD_FIELD = 4000;

    @Inject
    CurriculumSource source;

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    @Inject
    TermReviews reviews;

    /** A save's result: the version now current, and whether the save added it. */
    public record Saved<T>(T version, boolean created) {
    }

    /** Every term: the curriculum's, then the learner's own (an own id the curriculum took since is hidden). */
    @Transactional
    public List<GlossaryTerm> terms() {
        Curriculum curriculum = source.get();
        List<GlossaryTerm> terms = new ArrayList<>(curriculum.terms().stream().map(GlossaryTerm::of).toList());
        OwnTerm.<OwnTerm>listAll().stream().filter(o -> curriculum.term(o.id).isEmpty())
                .map(GlossaryTerm::of).forEach(terms::add);
        return terms;
    }

    @Transactional
    public Optional<GlossaryTerm> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return source.get().term(id).map(GlossaryTerm::of)
                .or(() -> OwnTerm.<OwnTerm>findByIdOptional(id).map(GlossaryTerm::of));
    }

    @Transactional
    public GlossaryTerm require(String id) {
        return find(id).orElseThrow(() -> Problem.notFound("unknown-term",
                "There is no term with id '" + id + "' in the glossary."));
    }

    /** The terms the query asks for, each with the learner's metaphor, card and review state. */
    @Transactional
    public List<TermEntry> entries(TermSearch.Query query, Lang lang) {
        Curriculum curriculum = source.get();
        if (query.nodeId() != null && curriculum.node(query.nodeId()).isEmpty()) {
            throw Problem.badRequest("unknown-node", "There is no node with id '" + query.nodeId()
                    + "' in the curriculum.", Map.of("field", "nodeId"));
        }
        if (query.phase() != null && curriculum.phase(query.phase()).isEmpty()) {
            List<String> phases = curriculum.phases().stream().map(Phase::id).toList();
            throw Problem.badRequest("unknown-phase", "Phase '" + query.phase() + "' is not one of "
                    + String.join(", ", phases) + ".", Map.of("field", "phase", "allowed", phases));
        }
        Map<String, MetaphorVersion> metaphors = currentMetaphors();
        Map<String, CardVersion> cards = currentCards();
        Map<String, ReviewMark> states = reviews.marks();
        List<TermEntry> entries = terms().stream().map(t -> new TermEntry(t, metaphors.get(t.id()),
                cards.get(t.id()), states.get(t.id()))).toList();
        return TermSearch.filter(curriculum, entries, query, lang);
    }

    /** One term with the learner's current metaphor, card and review state; 404 if there is no such term. */
    @Transactional
    public TermEntry entry(String id) {
        GlossaryTerm term = require(id);
        return new TermEntry(term, metaphor(id).orElse(null), card(id).orElse(null), reviews.mark(id).orElse(null));
    }

    /** The learner's phase now, by their progress on the map. */
    public String phaseNow() {
        return Position.of(source.get(), progress.statuses()).phase();
    }

    @Transactional
    public GlossaryTerm create(String title, String definition) {
        String t = required(title, "title", "missing-title", "Give the term a title in field 'title'.");
        String d = required(definition, "definition", "missing-definition",
                "Write what the term means in field 'definition'.");
        limit(t, MAX_TITLE, "title", "title-too-long", "The title");
        limit(d, MAX_DEFINITION, "definition", "definition-too-long", "The definition");
        String id = TermSlug.of(t);
        if (id.isEmpty()) {
            throw Problem.badRequest("title-without-letters", "The title needs at least one letter or digit "
                    + "(Latin or Cyrillic): the term's id is made from it.", Map.of("field", "title"));
        }
        refuseClash(id);
        OwnTerm term = new OwnTerm();
        term.id = id;
        term.title = t;
        term.definition = d;
        term.phase = phaseNow();
        term.createdAt = time.now();
        term.persist();
        return GlossaryTerm.of(term);
    }

    private void refuseClash(String id) {
        Optional<String> curriculumTitle = source.get().term(id).map(term -> term.title().en());
        if (curriculumTitle.isPresent()) {
            throw new Problem(409, "term-exists", "The curriculum's glossary already has the term '" + id
                    + "' (" + curriculumTitle.get() + "): write your metaphor for it there, or choose another title.",
                    Map.of("field", "title", "id", id, "own", false));
        }
        Optional<OwnTerm> own = OwnTerm.findByIdOptional(id);
        if (own.isPresent()) {
            throw new Problem(409, "term-exists", "You already added the term '" + id + "' (" + own.get().title
                    + "); choose another title.", Map.of("field", "title", "id", id, "own", true));
        }
    }

    @Transactional
    public Saved<MetaphorVersion> writeMetaphor(String termId, String text) {
        GlossaryTerm term = require(termId);
        String t = required(text, "text", "missing-text", "Write the metaphor in field 'text'.");
        limit(t, MAX_METAPHOR, "text", "metaphor-too-long", "The metaphor");
        return addMetaphor(term, t, null);
    }

    @Transactional
    public Saved<MetaphorVersion> restoreMetaphor(String termId, int version) {
        GlossaryTerm term = require(termId);
        MetaphorVersion old = MetaphorVersion.<MetaphorVersion>find("termId = ?1 and version = ?2", termId, version)
                .firstResultOptional().orElseThrow(() -> unknownVersion("metaphor", termId, version));
        return addMetaphor(term, old.text, version);
    }

    private Saved<MetaphorVersion> addMetaphor(GlossaryTerm term, String text, Integer restoredFrom) {
        Optional<MetaphorVersion> current = metaphor(term.id());
        if (current.isPresent() && current.get().text.equals(text)) {
            return new Saved<>(current.get(), false);
        }
        MetaphorVersion v = new MetaphorVersion();
        v.termId = term.id();
        v.version = current.map(c -> c.version + 1).orElse(1);
        v.text = text;
        v.phase = phaseNow();
        v.restoredFrom = restoredFrom;
        v.fromSample = term.isSample(text);
        v.createdAt = time.now();
        v.persist();
        reviews.enter(term.id());
        return new Saved<>(v, true);
    }

    /** The current metaphor's text for each of the given terms that has one. */
    @Transactional
    public Map<String, String> metaphorTexts(List<String> termIds) {
        Map<String, String> texts = new java.util.HashMap<>();
        if (termIds.isEmpty()) {
            return texts;
        }
        // Oldest first, so each term ends with its current version.
        MetaphorVersion.<MetaphorVersion>list("termId in ?1 order by version", termIds)
                .forEach(m -> texts.put(m.termId, m.text));
        return texts;
    }

    /** Every version of the term's metaphor, oldest first. */
    @Transactional
    public List<MetaphorVersion> metaphors(String termId) {
        return MetaphorVersion.list("termId = ?1 order by version", termId);
    }

    @Transactional
    public Optional<MetaphorVersion> metaphor(String termId) {
        return MetaphorVersion.<MetaphorVersion>find("termId = ?1 order by version desc", termId)
                .firstResultOptional();
    }

    /** The current metaphor of every term that has one. */
    @Transactional
    public Map<String, MetaphorVersion> currentMetaphors() {
        return MetaphorVersion.<MetaphorVersion>list("from MetaphorVersion m where m.version = "
                + "(select max(v.version) from MetaphorVersion v where v.termId = m.termId)").stream()
                .collect(Collectors.toMap(m -> m.termId, Function.identity()));
    }

    @Transactional
    public Saved<CardVersion> writeCard(String termId, ConceptCard card) {
        GlossaryTerm term = require(termId);
        for (String field : ConceptCard.FIELDS) {
            limit(card.get(field), MAX_CARD_FIELD, field, "card-field-too-long", "Field '" + field + "'");
        }
        if (card.filled() == 0) {
            throw Problem.badRequest("empty-card", "Write at least one of the card's five fields: "
                    + String.join(", ", ConceptCard.FIELDS) + ".", Map.of("field", "statement"));
        }
        return addCard(term, card, null);
    }

    @Transactional
    public Saved<CardVersion> restoreCard(String termId, int version) {
        GlossaryTerm term = require(termId);
        CardVersion old = CardVersion.<CardVersion>find("termId = ?1 and version = ?2", termId, version)
                .firstResultOptional().orElseThrow(() -> unknownVersion("card", termId, version));
        return addCard(term, old.card(), version);
    }

    private Saved<CardVersion> addCard(GlossaryTerm term, ConceptCard card, Integer restoredFrom) {
        Optional<CardVersion> current = card(term.id());
        if (current.isPresent() && current.get().card().sameAs(card)) {
            return new Saved<>(current.get(), false);
        }
        CardVersion v = new CardVersion();
        v.termId = term.id();
        v.version = current.map(c -> c.version + 1).orElse(1);
        v.statement = card.statement();
        v.example = card.example();
        v.counterexample = card.counterexample();
        v.analogy = card.analogy();
        v.application = card.application();
        v.filled = card.filled();
        v.phase = phaseNow();
        v.restoredFrom = restoredFrom;
        v.createdAt = time.now();
        v.persist();
        reviews.enter(term.id());
        return new Saved<>(v, true);
    }

    /** Every version of the term's card, oldest first. */
    @Transactional
    public List<CardVersion> cards(String termId) {
        return CardVersion.list("termId = ?1 order by version", termId);
    }

    @Transactional
    public Optional<CardVersion> card(String termId) {
        return CardVersion.<CardVersion>find("termId = ?1 order by version desc", termId).firstResultOptional();
    }

    @Transactional
    public Map<String, CardVersion> currentCards() {
        return CardVersion.<CardVersion>list("from CardVersion c where c.version = "
                + "(select max(v.version) from CardVersion v where v.termId = c.termId)").stream()
                .collect(Collectors.toMap(c -> c.termId, Function.identity()));
    }

    /** Metaphor versions the learner wrote themselves: no restores, no unchanged seed samples. */
    @Transactional
    public long writtenMetaphorCount() {
        return MetaphorVersion.count("restoredFrom is null and fromSample = false");
    }

    /** Adding a term and saving a metaphor or a card version are activity for the streak. */
    @Override
    @Transactional
    public List<Instant> activitySince(Instant since) {
        List<Instant> moments = new ArrayList<>();
        for (String entity : List.of("OwnTerm", "MetaphorVersion", "CardVersion")) {
            moments.addAll(OwnTerm.getEntityManager().createQuery("select e.createdAt from " + entity
                    + " e where e.createdAt >= :since", Instant.class).setParameter("since", since).getResultList());
        }
        return moments;
    }

    private static String required(String value, String field, String error, String message) {
        if (value == null || value.isBlank()) {
            throw Problem.badRequest(error, message, Map.of("field", field));
        }
        return value.strip();
    }

    private static void limit(String value, int max, String field, String error, String what) {
        if (value.length() > max) {
            throw Problem.badRequest(error, what + " has " + value.length() + " characters; at most " + max
                    + " fit.", Map.of("field", field, "max", max, "length", value.length()));
        }
    }

    private static Problem unknownVersion(String what, String termId, int version) {
        return Problem.notFound("unknown-version", "Term '" + termId + "' has no " + what + " version " + version
                + ".");
    }
}
