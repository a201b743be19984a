package app.tropa.talk;

import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.model.ModelFailure;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Map;

/** The talk bundle in a language, and the sentences for what went wrong with the model. */
public final class TalkWords {

    private TalkWords() {
    }

    public static TalkMsg msg(Lang lang) {
        return MessageBundles.get(TalkMsg.class, Localized.Literal.of(lang.code()));
    }

    /** Why a message is unanswered, from the code kept with it. */
    public static String failure(String code, TalkMsg msg) {
        if (code == null) {
            return msg.failure_interrupted();
        }
        return switch (code) {
            case "tutor-off" -> msg.failure_tutor_off();
            case "model-timeout" -> msg.failure_timeout();
            case "model-unreachable" -> msg.failure_unreachable();
            case "model-not-compatible" -> msg.failure_not_compatible();
            case "model-not-found" -> msg.failure_model_not_found();
            case "model-stopped" -> msg.failure_stopped();
            case "model-empty" -> msg.failure_empty();
            default -> msg.failure_error();
        };
    }

    /** What "check the connection" says went wrong, plainly. */
    static String checkProblem(ModelFailure f, TalkMsg msg) {
        return switch (f.kind()) {
            case REFUSED -> msg.check_refused();
            case NOT_COMPATIBLE -> msg.check_not_compatible();
            case MODEL_NOT_FOUND -> msg.check_model_not_found();
            case TIMEOUT -> msg.check_timeout();
            default -> msg.check_error(f.getMessage());
        };
    }

    static String aboutLabel(About.Kind kind, TalkMsg msg) {
        return switch (kind) {
            case NODE -> msg.about_node();
            case REFLECTION -> msg.about_reflection();
            case TERM -> msg.about_term();
            case TODAY -> msg.about_today();
        };
    }

    static String aboutHref(About about) {
        return switch (about.kind()) {
            case NODE -> "/path/" + about.id();
            case REFLECTION -> "/journal/" + about.id();
            case TERM -> "/glossary/" + about.id();
            case TODAY -> "/";
        };
    }

    /** The API's answer to a failed model call: 502 or 504, the talk's id to try again with. */
    static Problem problem(ModelFailure f, long talkId, Lang lang) {
        return new Problem(f.status(), f.code(), failure(f.code(), msg(lang)), Map.of("talkId", talkId));
    }
}
