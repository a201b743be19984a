package app.tropa.revisit;

import app.tropa.i18n.Lang;
import app.tropa.i18n.Plural;
import app.tropa.progress.ProgressStatus;
import app.tropa.review.Grade;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** The revisits' words in the page's language: bundle, days, grades, plural forms. */
public final class RevisitWords {

    private RevisitWords() {
    }

    public static RevisitMsg msg(Lang lang) {
        return MessageBundles.get(RevisitMsg.class, Localized.Literal.of(lang.code()));
    }

    public static String day(LocalDate day, Lang lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()).format(day);
    }

    /** "back in 3 days", "снова через 3 дня": Russian picks one of three forms by the number's ending. */
    static String inDays(int days, Lang lang, RevisitMsg msg) {
        return switch (Plural.of(days, lang)) {
            case ONE -> msg.step_in_days_one(days);
            case FEW -> msg.step_in_days_few(days);
            case MANY -> msg.step_in_days_many(days);
        };
    }

    static String grade(Grade g, RevisitMsg msg) {
        return switch (g) {
            case AGAIN -> msg.grade_again();
            case HARD -> msg.grade_hard();
            case GOOD -> msg.grade_good();
            case EASY -> msg.grade_easy();
        };
    }

    static String status(ProgressStatus s, RevisitMsg msg) {
        return switch (s) {
            case IN_PROGRESS -> msg.status_in_progress();
            case SKIPPED -> msg.status_skipped();
            default -> msg.status_not_started();
        };
    }

    /** A refusal of a revisit form, by its code, in the page's language. */
    static String problem(String code, RevisitMsg msg) {
        return switch (code) {
            case "missing-grade" -> msg.error_missing_grade();
            case "invalid-grade" -> msg.error_invalid_grade();
            case "answer-too-long" -> msg.error_answer_too_long(RevisitService.MAX_ANSWER);
            case "invalid-checkpoint" -> msg.error_invalid_checkpoint();
            default -> msg.error_missing_answer();
        };
    }
}
