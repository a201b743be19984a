package app.tropa.tutor;

import app.tropa.i18n.Msg;
import io.quarkus.qute.TemplateExtension;

import java.util.Locale;

/** The tutor's findings in words, for the API and (as template extensions) for the pages. */
@TemplateExtension
public final class TutorWords {

    private TutorWords() {
    }

    public static String reason(NextStep step, Msg msg) {
        return switch (step.reason()) {
            case CONTINUES -> msg.next_continues();
            case UNLOCKS -> msg.next_unlocks(step.unlocks());
            case PREREQUISITES_DONE -> msg.next_prerequisites_done();
            case FIRST_STEP -> msg.next_first_step();
        };
    }

    public static String kind(Nudge nudge) {
        return nudge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String message(Nudge nudge, Msg msg) {
        return switch (nudge.kind()) {
            case LOSS_OF_DEPTH -> msg.nudge_depth_message();
            case DETACHMENT -> msg.nudge_detachment_message();
            case COPYING_TEMPLATES -> msg.nudge_templates_message();
        };
    }

    public static String suggestion(Nudge nudge, Msg msg) {
        return switch (nudge.kind()) {
            case LOSS_OF_DEPTH -> msg.nudge_depth_suggestion();
            case DETACHMENT -> msg.nudge_detachment_suggestion();
            case COPYING_TEMPLATES -> msg.nudge_templates_suggestion();
        };
    }
}
