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

    /**
     * A refusal before the model is asked, as a page or the stream says it: the talk's own sentences
     * in the page's language, and a feature's English sentence only on an English page.
     */
    public static String refusal(Problem p, Lang lang) {
        TalkMsg msg = msg(lang);
        return switch (p.error()) {
            case "tutor-off" -> msg.failure_tutor_off();
            case "invalid-message" -> msg.message_required(TalkService.MAX_MESSAGE);
            case "talk-in-trash" -> msg.talk_in_trash();
            case "reflection-in-trash" -> msg.reflection_in_trash();
            default -> lang == Lang.EN ? p.getMessage() : msg.refused();
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

    /** The API's answer to a failed model call: 502 or 504, with the talk's id to try again with, if any. */
    static Problem problem(ModelFailure f, Long talkId, Lang lang) {
        return new Problem(f.status(), f.code(), failure(f.code(), msg(lang)),
                talkId == null ? Map.of() : Map.of("talkId", talkId));
    }
}
