package app.tropa.glossary;

import java.util.List;
import java.util.Objects;

/**
 * The five-part way to unfold a concept: statement, example, counterexample, analogy, application in
 * a new topic. Empty fields are empty strings.
 */
public record ConceptCard(String statement, String example, String counterexample, String analogy,
        String application) {

    /** The fields' names, in the seed's order; also the JSON and form field names. */
    public static final List<String> FIELDS = List.of("statement", "example", "counterexample", "analogy",
            "application");

    public static final ConceptCard EMPTY = new ConceptCard("", "", "", "", "");

    public ConceptCard {
        statement = clean(statement);
        example = clean(example);
        counterexample = clean(counterexample);
        analogy = clean(analogy);
        application = clean(application);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public List<String> values() {
        return List.of(statement, example, counterexample, analogy, application);
    }

    public String get(String field) {
        return values().get(FIELDS.indexOf(field));
    }

    /** How many of the five fields hold text (0–5). */
    public int filled() {
        return (int) values().stream().filter(v -> !v.isEmpty()).count();
    }

    public boolean sameAs(ConceptCard other) {
        return other != null && Objects.equals(values(), other.values());
    }
}
