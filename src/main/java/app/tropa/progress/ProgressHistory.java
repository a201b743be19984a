package app.tropa.progress;

import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.i18n.Msg;
import app.tropa.http.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** A node's progress log in words, newest first, for its page. */
@ApplicationScoped
public class ProgressHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    ProgressService progress;

    @Inject
    LearnerTime time;

    public record Line(String when, String text) {
    }

    public List<Line> lines(String nodeId, Lang lang) {
        Msg msg = Pages.msg(lang);
        return progress.events(nodeId, null, null, 200).stream()
                .map(e -> new Line(WHEN.format(e.at().atZone(time.zone())), describe(e, msg))).toList();
    }

    static String describe(ProgressJson.Event e, Msg msg) {
        String what = change(e, msg);
        if (ProgressEvent.PLACEMENT.equals(e.source())) {
            return msg.history_by_placement(what);
        }
        return ProgressEvent.PLACEMENT_UNDO.equals(e.source()) ? msg.history_by_placement_undo(what) : what;
    }

    private static String change(ProgressJson.Event e, Msg msg) {
        return switch (e.kind()) {
            case ProgressEvent.STATUS -> msg.history_status(label(e.from(), msg), label(e.to(), msg));
            case ProgressEvent.CHECKPOINT_TICKED -> msg.history_ticked(e.checkpoint() + 1);
            case ProgressEvent.CHECKPOINT_UNTICKED -> msg.history_unticked(e.checkpoint() + 1);
            default -> e.to() == null || e.to().isBlank() ? msg.history_note_cleared() : msg.history_note();
        };
    }

    static String label(String code, Msg msg) {
        return switch (ProgressStatus.parse(code).orElse(ProgressStatus.NOT_STARTED)) {
            case NOT_STARTED -> msg.status_not_started();
            case IN_PROGRESS -> msg.status_in_progress();
            case DONE -> msg.status_done();
            case SKIPPED -> msg.status_skipped();
        };
    }
}
