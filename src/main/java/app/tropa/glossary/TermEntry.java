package app.tropa.glossary;

/** A term with what the learner made of it: current metaphor, current card, review state (each may be null). */
public record TermEntry(GlossaryTerm term, MetaphorVersion metaphor, CardVersion card, ReviewMark review) {

    public int cardFilled() {
        return card == null ? 0 : card.filled;
    }

    public boolean hasMetaphor() {
        return metaphor != null;
    }
}
