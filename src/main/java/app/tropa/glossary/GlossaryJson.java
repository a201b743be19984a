package app.tropa.glossary;

import app.tropa.curriculum.Curriculum;
import app.tropa.i18n.Lang;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the glossary API, in one language. */
public final class GlossaryJson {

    private GlossaryJson() {
    }

    /** {@code POST /api/terms}: the learner's own term. */
    public record TermInput(String title, String definition) {
    }

    /** {@code POST /api/terms/{id}/metaphors}. */
    public record MetaphorInput(String text) {
    }

    /** {@code PUT /api/terms/{id}/card}: absent fields are empty. */
    public record CardInput(String statement, String example, String counterexample, String analogy,
            String application) {

        ConceptCard card() {
            return new ConceptCard(statement, example, counterexample, analogy, application);
        }
    }

    public record Metaphor(int version, String text, Instant createdAt, String phase, Integer restoredFrom,
            boolean fromSample) {

        static Metaphor of(MetaphorVersion m) {
            return m == null ? null
                    : new Metaphor(m.version, m.text, m.createdAt, m.phase, m.restoredFrom, m.fromSample);
        }
    }

    public record Card(int version, String statement, String example, String counterexample, String analogy,
            String application, int filled, Instant createdAt, String phase, Integer restoredFrom) {

        static Card of(CardVersion c) {
            return c == null ? null : new Card(c.version, c.statement, c.example, c.counterexample, c.analogy,
                    c.application, c.filled, c.createdAt, c.phase, c.restoredFrom);
        }
    }

    public record Summary(String id, String title, String definition, boolean own, Metaphor metaphor,
            int cardFilled, Instant dueAt) {

        static Summary of(TermEntry e, Lang lang) {
            GlossaryTerm t = e.term();
            return new Summary(t.id(), t.title().in(lang), t.definition().in(lang), t.own(),
                    Metaphor.of(e.metaphor()), e.cardFilled(), e.review() == null ? null : e.review().dueAt());
        }
    }

    public record Ref(String id, String title) {
    }

    public record NodeRef(String id, String title, String phase) {
    }

    public record Detail(String id, String title, String definition, boolean own, String addedInPhase,
            String sampleMetaphor, List<Ref> related, List<NodeRef> nodes, Metaphor metaphor, Card card,
            int cardFilled, State review) {

        static Detail of(TermEntry e, List<Ref> related, Curriculum c, Lang lang, Instant now) {
            GlossaryTerm t = e.term();
            return new Detail(t.id(), t.title().in(lang), t.definition().in(lang), t.own(), t.phase(),
                    t.hasSample() ? t.sampleMetaphor().in(lang) : null, related,
                    c.nodesWithTerm(t.id()).stream().map(n -> new NodeRef(n.id(), n.title().in(lang), n.phase()))
                            .toList(),
                    Metaphor.of(e.metaphor()), Card.of(e.card()), e.cardFilled(),
                    e.review() == null ? null : State.of(e.review(), now));
        }
    }

    /** Where a term stands in review, as the term's JSON shows it. */
    public record State(Instant dueAt, boolean due, int reps, int lapses, Double stability, Double difficulty,
            Instant lastReviewAt) {

        public static State of(ReviewMark m, Instant now) {
            return new State(m.dueAt(), !m.dueAt().isAfter(now), m.reps(), m.lapses(), m.stability(),
                    m.difficulty(), m.lastReviewAt());
        }
    }
}
