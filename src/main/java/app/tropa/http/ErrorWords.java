package app.tropa.http;

import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;

/**
 * The sentences of the error page and of the API's own refusals, from the bundle. A feature's
 * refusal ({@link Problem}) keeps its English sentence on an English page and, on a Russian one,
 * shows the sentence for its status, so a Russian page never shows English.
 */
final class ErrorWords {

    private ErrorWords() {
    }

    static String forProblem(Msg msg, Lang lang, Problem problem) {
        if (problem.error().equals("invalid-form-token")) {
            return msg.error_form_token();
        }
        if (problem.error().equals(StorageFailure.ERROR)) {
            return msg.error_storage_full();
        }
        return lang == Lang.EN ? problem.getMessage() : byStatus(msg, problem.status());
    }

    static String byStatus(Msg msg, int status) {
        return switch (status) {
            case 400 -> msg.error_bad_request();
            case 403 -> msg.error_forbidden();
            case 404 -> msg.error_gone_missing();
            case 405 -> msg.error_method();
            case 406 -> msg.error_not_acceptable();
            case 409 -> msg.error_conflict();
            case 413 -> msg.error_too_large();
            case 415 -> msg.error_media_type();
            case 507 -> msg.error_storage_full();
            default -> status >= 500 ? msg.error_internal() : msg.error_failed();
        };
    }
}
