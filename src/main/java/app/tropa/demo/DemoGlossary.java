package app.tropa.demo;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Term;
import app.tropa.exchange.Records;
import app.tropa.review.Fsrs;
import app.tropa.review.Grade;
import app.tropa.review.ReviewCard;
import app.tropa.review.ReviewScheduler;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo learner's glossary: a few terms of their own, metaphors rewritten as understanding
 * grows (several versions on most terms, now and then a restore), concept cards, and the spaced
 * reviews FSRS would have asked for, graded the way a real learner grades.
 */
final class DemoGlossary {

    private record Own(String id, String title, String definition) {
    }

    private static final List<Own> OWN = List.of(
            new Own("assembly-point", "Assembly point", "Where scattered knowledge of a topic comes together."),
            new Own("vector-question", "Vector question", "The question that points the next step of study."),
            new Own("semantic-passport", "Semantic passport", "A record of what was put into a model, and where."),
            new Own("tochka-sborki", "Точка сборки", "Место, где разрозненное знание о теме собирается вместе."),
            new Own("pole-smysla", "Поле смысла", "Всё, что слово значит для меня, а не только в словаре."),
            new Own("ritual-sborki", "Ритуал сборки", "Конфигурационный файл, прочитанный как последовательность решений."));

    private final DemoClock clock;
    private final DemoPath path;
    final List<Records.OwnTerm> ownTerms = new ArrayList<>();
    final List<Records.Metaphor> metaphors = new ArrayList<>();
    final List<Records.Card> cards = new ArrayList<>();
    final List<Records.ReviewState> states = new ArrayList<>();
    final List<Records.Review> reviews = new ArrayList<>();

    DemoGlossary(Curriculum curriculum, DemoClock clock, DemoPath path, int years) {
        this.clock = clock;
        this.path = path;
        for (Term term : curriculum.terms()) {
            Optional<LocalDate> reached = path.reached(term.id());
            if (reached.isPresent() || clock.chance(0.2)) {
                write(term.id(), term, reached.orElseGet(this::someDay), years);
            }
        }
        for (Own own : OWN) {
            LocalDate day = someDay();
            Instant at = clock.evening(day);
            ownTerms.add(new Records.OwnTerm(own.id(), own.title(), own.definition(), phase(day), at));
            write(own.id(), null, day, years);
        }
    }

    private LocalDate someDay() {
        return clock.first.plusDays(clock.random.nextInt((int) Math.max(1, clock.days())));
    }

    private String phase(LocalDate day) {
        return path.on(day).node().phase();
    }

    private void write(String termId, Term term, LocalDate from, int years) {
        int versions = 1 + clock.random.nextInt(Math.min(6, 1 + 2 * years));
        long span = Math.max(1, ChronoUnit.DAYS.between(from, clock.today));
        List<Instant> times = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            Instant at = clock.evening(from.plusDays(span * v / versions));
            if (clock.past(at)) {
                times.add(at);
            }
        }
        if (times.isEmpty()) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (int v = 1; v <= times.size(); v++) {
            metaphor(termId, term, v, times.get(v - 1), texts);
        }
        if (clock.chance(0.5)) {
            card(termId, term, times);
        }
        review(termId, times.get(0));
    }

    private void metaphor(String termId, Term term, int version, Instant at, List<String> texts) {
        DemoWords.Bank words = clock.bank();
        boolean sample = version == 1 && term != null && term.sampleMetaphor() != null
                && term.sampleMetaphor().hasEn() && clock.chance(0.6);
        Integer restoredFrom = null;
        String text;
        if (sample) {
            text = term.sampleMetaphor().in(words.lang());
        } else if (version >= 3 && clock.chance(0.1)) {
            restoredFrom = clock.between(1, version - 1);
            text = texts.get(restoredFrom - 1);
        } else {
            text = clock.pick(words.images()) + " " + clock.pick(words.qualities());
        }
        texts.add(text);
        metaphors.add(new Records.Metaphor(termId, version, text, phase(day(at)), restoredFrom, sample, at));
    }

    private void card(String termId, Term term, List<Instant> times) {
        int versions = Math.min(times.size(), clock.between(1, 3));
        for (int v = 1; v <= versions; v++) {
            DemoWords.Bank words = clock.bank();
            String statement = term == null ? "" : term.definition().in(words.lang());
            String example = clock.pick(words.middles()).replace("{term}", title(termId, term, words));
            String counter = v > 1 ? clock.pick(words.closings()) : "";
            String analogy = clock.pick(words.images()) + " " + clock.pick(words.qualities());
            String application = v > 2 ? clock.pick(words.questions()) : "";
            Instant at = times.get(v - 1).plusSeconds(300);
            cards.add(new Records.Card(termId, v, statement, example, counter, analogy, application,
                    phase(day(at)), null, at));
        }
    }

    /** Reviews from the day the term entered review until now, each a day or two after it fell due. */
    private void review(String termId, Instant entered) {
        ReviewCard card = scheduler(entered).enter();
        while (true) {
            Instant at = clock.evening(day(card.dueAt()).plusDays(clock.between(0, 2)));
            if (!clock.past(at)) {
                break;
            }
            ReviewScheduler.Outcome o = scheduler(at).review(card, grade());
            card = o.card();
            reviews.add(new Records.Review(termId, o.grade().code(), at, (int) o.elapsedDays(), o.retrievability(),
                    card.stability(), card.difficulty(), o.scheduledDays(), card.dueAt()));
        }
        states.add(new Records.ReviewState(termId, card.stability(), card.difficulty(), card.reps(), card.lapses(),
                entered, card.lastReviewAt(), card.dueAt()));
    }

    private static String title(String termId, Term term, DemoWords.Bank words) {
        return term != null ? term.title().in(words.lang())
                : OWN.stream().filter(o -> o.id().equals(termId)).map(Own::title).findFirst().orElse(termId);
    }

    private Grade grade() {
        double r = clock.random.nextDouble();
        return r < 0.1 ? Grade.AGAIN : r < 0.25 ? Grade.HARD : r < 0.9 ? Grade.GOOD : Grade.EASY;
    }

    private ReviewScheduler scheduler(Instant at) {
        return new ReviewScheduler(Fsrs.standard(), Clock.fixed(at, clock.zone), clock.zone);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.zone);
    }
}
