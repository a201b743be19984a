package app.tropa.glossary;

import app.tropa.curriculum.Term;
import app.tropa.curriculum.Text;

import java.util.List;

/**
 * A term of the learner's glossary: one from the curriculum (both languages, maybe a sample
 * metaphor from the seeds) or one the learner added (their own words, shown as written in both
 * languages). {@code phase} is set for the learner's own terms: the phase they added it in.
 */
public record GlossaryTerm(String id, Text title, Text definition, List<String> related, Text sampleMetaphor,
        boolean own, String phase) {

    static GlossaryTerm of(Term term) {
        return new GlossaryTerm(term.id(), term.title(), term.definition(), term.related(),
                term.sampleMetaphor(), false, null);
    }

    static GlossaryTerm of(OwnTerm term) {
        return new GlossaryTerm(term.id, new Text(term.title, term.title),
                new Text(term.definition, term.definition), List.of(), null, true, term.phase);
    }

    public boolean hasSample() {
        return sampleMetaphor != null && sampleMetaphor.hasEn();
    }

    /** True when the text is the seeds' sample metaphor in either language, unchanged. */
    boolean isSample(String text) {
        if (!hasSample() || text == null) {
            return false;
        }
        String t = text.strip();
        return t.equalsIgnoreCase(sampleMetaphor.en().strip())
                || (sampleMetaphor.hasRu() && t.equalsIgnoreCase(sampleMetaphor.ru().strip()));
    }
}
