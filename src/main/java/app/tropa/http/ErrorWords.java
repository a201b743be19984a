package app.tropa.http;

import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;

/**
 * The sentence an error page shows, in the page's language. Failures every page can meet have
 * their own words in the bundle; a feature's specific refusal keeps its own sentence in English
 * and, in Russian, the sentence for its status, so a Russian page never shows English.
 */
final class ErrorWords {

    private ErrorWords() {
    }

    static String sentence(Msg msg, Lang lang, String error, int status, String english, String path) {
        return switch (error) {
            case "invalid-form-token" -> msg.error_form_token();
            case "not-found" -> msg.error_nothing_at(path);
            case "payload-too-large" -> msg.error_too_large();
            case "internal-error" -> msg.error_internal();
            default -> lang == Lang.EN ? english : byStatus(msg, status);
        };
    }

    static String byStatus(Msg msg, int status) {
        return switch (status) {
            case 400 -> msg.error_bad_request();
            case 403 -> msg.error_forbidden();
            case 404 -> msg.error_gone_missing();
            case 405 -> msg.error_method();
            case 409 -> msg.error_conflict();
            case 413 -> msg.error_too_large();
            default -> status >= 500 ? msg.error_internal() : msg.error_failed();
        };
    }
}
