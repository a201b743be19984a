package app.tropa.glossary;

import app.tropa.curriculum.Curriculum;
import app.tropa.i18n.Lang;
import app.tropa.http.Problem;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The glossary's findings in the learner's words: validation errors, phases, dates. */
public final class GlossaryWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private GlossaryWords() {
    }

    public static GlossaryMsg msg(Lang lang) {
        return MessageBundles.get(GlossaryMsg.class, Localized.Literal.of(lang.code()));
    }

    /** A form's validation problem as a sentence in the learner's language. */
    static String error(Problem p, GlossaryMsg msg) {
        Map<String, Object> d = p.details();
        return switch (p.error()) {
            case "missing-title" -> msg.error_missing_title();
            case "title-too-long" -> msg.error_title_too_long(num(d, "length"), num(d, "max"));
            case "title-without-letters" -> msg.error_title_without_letters();
            case "missing-definition" -> msg.error_missing_definition();
            case "definition-too-long" -> msg.error_definition_too_long(num(d, "length"), num(d, "max"));
            case "term-exists" -> msg.error_term_exists(String.valueOf(d.get("id")));
            case "missing-text" -> msg.error_missing_text();
            case "metaphor-too-long" -> msg.error_metaphor_too_long(num(d, "length"), num(d, "max"));
            case "empty-card" -> msg.error_empty_card();
            case "card-field-too-long" -> msg.error_card_field_too_long(num(d, "length"), num(d, "max"));
            default -> p.getMessage();
        };
    }

    /** A concept card field's name in the learner's language. */
    public static String cardLabel(String field, GlossaryMsg msg) {
        return switch (field) {
            case "statement" -> msg.card_statement();
            case "example" -> msg.card_example();
            case "counterexample" -> msg.card_counterexample();
            case "analogy" -> msg.card_analogy();
            default -> msg.card_application();
        };
    }

    static String field(Problem p) {
        Object field = p.details().get("field");
        return field == null ? "" : field.toString();
    }

    private static int num(Map<String, Object> details, String key) {
        return details.get(key) instanceof Number n ? n.intValue() : 0;
    }

    static String phase(Curriculum c, String id, Lang lang) {
        return id == null ? "" : c.phase(id).map(p -> p.title().in(lang)).orElse(id);
    }

    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    public static String day(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone));
    }
}
