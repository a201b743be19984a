package app.tropa.exchange;

import java.util.Arrays;
import java.util.Optional;

/** The arrays of a backup, in the order the file lists them, with the schema definition of their items. */
public enum Section {
    PROGRESS("progress", "progress", Records.Progress.class),
    PROGRESS_EVENTS("progressEvents", "progressEvent", Records.Event.class),
    OWN_TERMS("ownTerms", "ownTerm", Records.OwnTerm.class),
    METAPHORS("metaphors", "metaphor", Records.Metaphor.class),
    CARDS("cards", "card", Records.Card.class),
    REVIEW_QUESTIONS("reviewQuestions", "reviewQuestion", Records.ReviewQuestion.class),
    REVIEW_STATES("reviewStates", "reviewState", Records.ReviewState.class),
    REVIEW_LOG("reviewLog", "review", Records.Review.class),
    REVISIT_STATES("revisitStates", "revisitState", Records.RevisitState.class),
    REVISIT_LOG("revisitLog", "revisit", Records.Revisit.class),
    REFLECTIONS("reflections", "reflection", Records.Reflection.class),
    LETTERS("letters", "letter", Records.Letter.class),
    TALKS("talks", "talk", Records.Talk.class);

    /** The settings object is not an array, but it is counted in import reports like a section. */
    public static final String SETTINGS = "settings";

    private final String key;
    private final String definition;
    private final Class<?> type;

    Section(String key, String definition, Class<?> type) {
        this.key = key;
        this.definition = definition;
        this.type = type;
    }

    /** The field name in the file. */
    public String key() {
        return key;
    }

    /** The name under {@code $defs} in the JSON Schema. */
    public String definition() {
        return definition;
    }

    public Class<?> type() {
        return type;
    }

    public static Optional<Section> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
