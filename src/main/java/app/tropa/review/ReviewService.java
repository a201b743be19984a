package app.tropa.review;

import app.tropa.glossary.GlossaryService;
import app.tropa.glossary.GlossaryTerm;
import app.tropa.activity.ActivitySource;
import app.tropa.platform.DataVersion;
import app.tropa.platform.Derived;
import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.KeptUntil;
import app.tropa.http.Problem;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spaced review of the learner's terms. A term enters review when it first gets a metaphor or a
 * concept card, and stays: neither can be emptied again. Each review moves it by FSRS-6.
 */
@ApplicationScoped
public class ReviewService implements ActivitySource {

    public static final int MAX_LIMIT = 500;

    @Inject
    LearnerTime time;

    @Inject
    GlossaryService glossary;

    @Inject
    DataVersion data;

    /** When each term in review falls due, soonest first; kept until the data changes. */
    private Derived<Void, Instant[]> dueTimes;

    @PostConstruct
    void init() {
        dueTimes = Derived.of(data, this::findDueTimes);
    }

    private static final Fsrs FSRS = Fsrs.standard();

    ReviewScheduler scheduler() {
        return scheduler(time);
    }

    static ReviewScheduler scheduler(LearnerTime time) {
        return new ReviewScheduler(FSRS, time.clock(), time.zone());
    }

    @Inject
    KeptUntil keptUntil;

    @Transactional
    public Optional<ReviewState> state(String termId) {
        return ReviewState.findByIdOptional(termId);
    }

    /** The terms due now, the longest-waiting first. */
    @Transactional
    public List<ReviewState> dueNow(int limit) {
        return ReviewState.<ReviewState>find("dueAt <= ?1 order by dueAt, termId", time.now()).page(0, limit).list();
    }

    @Transactional
    public List<ReviewJson.Due> due(int limit, Lang lang) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Problem.badRequest("invalid-limit", "limit must be between 1 and " + MAX_LIMIT + ".",
                    Map.of("field", "limit"));
        }
        return dueNow(limit).stream().map(s -> new ReviewJson.Due(s.termId, title(s.termId, lang), s.dueAt)).toList();
    }

    private String title(String termId, Lang lang) {
        if (ReviewQuestion.isKey(termId)) {
            return ReviewQuestion.byKey(termId).map(q -> q.question).orElse(termId);
        }
        return glossary.find(termId).map(t -> t.title().in(lang)).orElse(termId);
    }

    /** A kept question and answer about a step joins review as a new term does. */
    @Transactional
    public ReviewJson.KeptQuestion keepQuestion(String nodeId, String question, String answer, Lang lang) {
        String q = kept(question, "question", ReviewQuestion.MAX_QUESTION);
        String a = kept(answer, "answer", ReviewQuestion.MAX_ANSWER);
        ReviewQuestion kept = new ReviewQuestion();
        kept.nodeId = nodeId;
        kept.question = q;
        kept.answer = a;
        kept.lang = lang.code();
        kept.createdAt = time.now();
        kept.reviewKey = ReviewQuestion.freshKey(kept.createdAt);
        kept.persist();
        ReviewState state = new ReviewState();
        state.termId = kept.reviewKey;
        state.enteredAt = kept.createdAt;
        state.apply(scheduler().enter());
        state.persist();
        return new ReviewJson.KeptQuestion(kept.id, nodeId, q, a, kept.reviewKey, state.dueAt);
    }

    private static String kept(String text, String field, int max) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > max) {
            throw Problem.badRequest("invalid-" + field, "A kept " + field + " has 1 to " + max + " characters.",
                    Map.of("field", field));
        }
        return t;
    }

    @Transactional
    public Optional<ReviewQuestion> question(String key) {
        return ReviewQuestion.byKey(key);
    }

    /** The questions kept about a step, oldest first. */
    @Transactional
    public List<ReviewQuestion> questions(String nodeId) {
        return ReviewQuestion.list("nodeId = ?1 order by createdAt, id", nodeId);
    }

    /** Every term and question in review with when it falls due, soonest first (for the calendar). */
    @Transactional
    public List<ReviewJson.Due> scheduled(Lang lang) {
        return ReviewState.<ReviewState>list("order by dueAt, termId").stream()
                .map(s -> new ReviewJson.Due(s.termId, title(s.termId, lang), s.dueAt)).toList();
    }

    @Transactional
    public int dueCount() {
        Instant now = time.now();
        int count = 0;
        for (Instant due : dueTimes.get()) {
            if (due.isAfter(now)) {
                keptUntil.atMost(due);
                break;
            }
            count++;
        }
        return count;
    }

    private Instant[] findDueTimes() {
        return ReviewState.getEntityManager().createQuery("select s.dueAt from ReviewState s order by s.dueAt",
                Instant.class).getResultList().toArray(Instant[]::new);
    }

    @Transactional
    public int inReviewCount() {
        return (int) ReviewState.count();
    }

    /** When the next term falls due, if none is due now. */
    @Transactional
    public Optional<Instant> nextDueAt() {
        return ReviewState.<ReviewState>find("order by dueAt").firstResultOptional().map(s -> s.dueAt);
    }

    @Transactional
    public ReviewJson.Result review(String termId, String grade) {
        if (termId == null || termId.isBlank()) {
            throw Problem.badRequest("missing-term-id", "Name the term to review in field 'termId'.",
                    Map.of("field", "termId"));
        }
        Grade g = Grade.required(grade, "review");
        ReviewState state = inReview(termId);
        ReviewScheduler.Outcome outcome = scheduler().review(state.card(), g);
        state.apply(outcome.card());
        ReviewLog.of(termId, outcome).persist();
        return ReviewJson.Result.of(termId, outcome, FSRS.desiredRetention());
    }

    /** The days until the term's next review for each grade, were it graded now. */
    @Transactional
    public Map<Grade, Integer> preview(String termId) {
        return scheduler().preview(inReview(termId).card());
    }

    private ReviewState inReview(String termId) {
        Optional<ReviewState> state = ReviewState.findByIdOptional(termId);
        if (state.isPresent()) {
            return state.get();
        }
        if (ReviewQuestion.isKey(termId)) {
            throw Problem.badRequest("unknown-question", "There is no kept question '" + termId + "' in review.",
                    Map.of("field", "termId"));
        }
        Optional<GlossaryTerm> term = glossary.find(termId);
        if (term.isEmpty()) {
            throw Problem.badRequest("unknown-term", "There is no term '" + termId + "' in the glossary.",
                    Map.of("field", "termId"));
        }
        throw Problem.badRequest("not-in-review", "Term '" + termId + "' is not in review yet: it enters review "
                + "once you write your metaphor for it or fill its concept card.", Map.of("field", "termId"));
    }

    /** Every review is activity for the streak. */
    @Override
    @Transactional
    public List<Instant> activitySince(Instant since) {
        return ReviewLog.getEntityManager().createQuery("select r.reviewedAt from ReviewLog r "
                + "where r.reviewedAt >= :since", Instant.class).setParameter("since", since).getResultList();
    }
}
