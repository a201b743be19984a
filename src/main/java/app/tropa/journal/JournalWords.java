package app.tropa.journal;

import app.tropa.curriculum.Curriculum;
import app.tropa.i18n.Lang;
import app.tropa.i18n.Plural;
import app.tropa.http.Problem;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The journal in words: dates, kinds, how long ago, what opens a letter, and refusals for forms. */
public final class JournalWords {

    private JournalWords() {
    }

    public static JournalMsg msg(Lang lang) {
        return MessageBundles.get(JournalMsg.class, Localized.Literal.of(lang.code()));
    }

    public static String date(LocalDate day, Lang lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()).format(day);
    }

    public static String dateTime(Instant at, ZoneId zone, Lang lang) {
        var local = at.atZone(zone);
        return date(local.toLocalDate(), lang) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    public static String kind(EntryKind kind, JournalMsg msg) {
        return switch (kind) {
            case FIELD_INSTRUCTION -> msg.kind_field_instruction();
            case REVISIT -> msg.kind_revisit();
            case DAILY -> msg.kind_daily();
        };
    }

    /** "1 month", "3 months", "2 years" (the API's codes) in the page's language. */
    public static String ago(String code, JournalMsg msg) {
        String[] parts = code.split(" ");
        int n = Integer.parseInt(parts[0]);
        boolean years = parts[1].startsWith("year");
        // The ago codes are few (months, years); the English forms for few and many are the same.
        return switch (Plural.russian(n)) {
            case ONE -> years ? msg.ago_years_one(n) : msg.ago_months_one(n);
            case FEW -> years ? msg.ago_years_few(n) : msg.ago_months_few(n);
            case MANY -> years ? msg.ago_years_many(n) : msg.ago_months_many(n);
        };
    }

    /** What keeps a letter sealed, or (once open) what it waited for. */
    public static String condition(JournalJson.Letter letter, Curriculum c, Lang lang, JournalMsg msg) {
        Seal seal = letter.openOn() != null ? Seal.onDay(letter.openOn())
                : Seal.parse(letter.openWhen()).orElse(Seal.unknown(letter.openWhen()));
        boolean open = !letter.sealed();
        return switch (seal.type()) {
            case DAY -> open ? msg.waited_day(date(seal.day(), lang)) : msg.seal_day(date(seal.day(), lang));
            case PHASE -> {
                String phase = JournalView.phaseTitle(c, seal.id(), lang);
                yield open ? msg.waited_phase(phase) : msg.seal_phase(phase);
            }
            case NODE -> {
                String node = JournalView.nodeTitle(c, seal.id(), lang);
                yield open ? msg.waited_node(node) : msg.seal_node(node);
            }
            case UNKNOWN -> String.valueOf(seal.id());
        };
    }

    /** A refusal from the rules, in the page's language, for the field it names. */
    public static JournalView.FormError refusal(Problem e, JournalMsg msg, String body) {
        String field = String.valueOf(e.details().getOrDefault("field", "body"));
        String text = switch (e.error()) {
            case "missing-body" -> msg.error_missing_body();
            case "body-too-long" -> msg.error_body_too_long(body == null ? 0 : body.codePointCount(0, body.length()),
                    EntryRules.MAX_BODY);
            case "invalid-date" -> msg.error_invalid_date();
            case "invalid-kind" -> msg.error_invalid_kind();
            case "unknown-node" -> msg.error_unknown_node(String.valueOf(e.details().get("id")));
            case "unknown-term" -> msg.error_unknown_term(String.valueOf(e.details().get("id")));
            case "invalid-tag" -> msg.error_invalid_tag(EntryRules.MAX_TAG);
            case "too-many-tags" -> msg.error_too_many_tags(EntryRules.MAX_TAGS);
            case "not-a-field-instruction" -> msg.error_not_field_instruction();
            case "unknown-phase" -> msg.error_unknown_phase();
            case "invalid-depth" -> msg.error_invalid_depth();
            case "field-too-long" -> msg.error_field_too_long(EntryRules.MAX_FIELD);
            case "missing-condition" -> msg.error_missing_condition();
            case "open-on-not-future" -> msg.error_open_on_not_future();
            case "milestone-reached" -> msg.error_milestone_reached();
            case "invalid-milestone", "unknown-milestone", "two-conditions" -> msg.error_invalid_milestone();
            default -> e.getMessage();
        };
        return new JournalView.FormError(field, text);
    }
}
