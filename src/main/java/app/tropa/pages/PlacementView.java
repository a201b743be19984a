package app.tropa.pages;

import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;
import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;
import app.tropa.progress.Placement;
import app.tropa.progress.Position;
import app.tropa.progress.ProgressStatus;
import app.tropa.tutor.NextStep;
import app.tropa.tutor.TutorWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the placement pages show, already in words: the ticking form, the preview, the result. */
public final class PlacementView {

    static final int NEXT_STEPS = 5;

    private PlacementView() {
    }

    /** The form: every cell of the map in path order, its steps and their checkpoints. */
    /** {@code message} reports an undo (or why it was refused); {@code undoable} offers the undo button. */
    public record Form(List<Cell> cells, boolean welcome, String error, String message, boolean undoable) {
    }

    public record Cell(String key, String label, List<Step> steps) {

        /** Whether any step of the cell can still be ticked. */
        public boolean open() {
            return steps.stream().anyMatch(s -> !s.closed());
        }
    }

    public record Step(String nodeId, String title, boolean closed, List<Box> boxes) {
    }

    /** One checkpoint: {@code value} is what the form sends ({@code nodeId:index}). */
    public record Box(String id, String value, String label, boolean checked, boolean already) {
    }

    /** Where the ticks would put the learner, before anything is saved. */
    public record Preview(String position, int done, int inProgress, List<String> changes,
            List<DashboardView.Step> next, List<String> ticks, boolean welcome) {

        public boolean changesNothing() {
            return changes.isEmpty();
        }
    }

    /** After saving: where the learner now stands, and the way on. */
    public record Placed(String position, int changed, List<DashboardView.Step> next, boolean undoable,
            boolean welcome) {
    }

    static List<Cell> cells(Curriculum c, Lang lang, WelcomeMsg words, Map<String, Placement.Current> current,
            Map<String, List<Integer>> ticked) {
        List<Cell> cells = new ArrayList<>();
        for (Phase phase : c.phases()) {
            for (Rung rung : c.rungs()) {
                List<Step> steps = c.cell(phase.id(), rung.id()).stream()
                        .map(n -> step(n, lang, current.getOrDefault(n.id(), Placement.Current.UNTOUCHED),
                                ticked.getOrDefault(n.id(), List.of())))
                        .toList();
                if (!steps.isEmpty()) {
                    cells.add(new Cell(phase.id() + "/" + rung.id(),
                            words.place_cell(phase.title().in(lang), rung.title().in(lang)), steps));
                }
            }
        }
        return cells;
    }

    private static Step step(Node node, Lang lang, Placement.Current current, List<Integer> ticked) {
        List<Box> boxes = new ArrayList<>();
        for (int i = 0; i < node.checkpoints().size(); i++) {
            boolean already = current.ticked().contains(i);
            boxes.add(new Box("t-" + node.id() + "-" + i, node.id() + ":" + i, node.checkpoints().get(i).in(lang),
                    already || ticked.contains(i), already));
        }
        return new Step(node.id(), node.title().in(lang), current.status().isClosed(), boxes);
    }

    /** Where the learner would stand, in the preview's words. */
    static String wouldStand(Curriculum c, Position p, Lang lang, WelcomeMsg words) {
        if (p.complete()) {
            return words.preview_complete();
        }
        return words.preview_position(c.phase(p.phase()).orElseThrow().title().in(lang),
                c.rung(p.rung()).orElseThrow().title().in(lang));
    }

    /** Where the learner stands, in the dashboard's words. */
    static String stands(Curriculum c, Position p, Lang lang, Msg msg) {
        if (p.complete()) {
            return msg.dashboard_complete();
        }
        return msg.dashboard_position(c.phase(p.phase()).orElseThrow().title().in(lang),
                c.rung(p.rung()).orElseThrow().title().in(lang));
    }

    static List<DashboardView.Step> next(Curriculum c, Map<String, ProgressStatus> statuses, Lang lang, Msg msg) {
        return NextStep.of(c, statuses, NEXT_STEPS).stream()
                .map(s -> new DashboardView.Step(s.node().id(), s.node().title().in(lang), TutorWords.reason(s, msg)))
                .toList();
    }

    static List<String> changes(List<Placement.Change> changes, Map<String, Placement.Current> current, Lang lang,
            WelcomeMsg words) {
        return changes.stream().map(ch -> {
            String title = ch.node().title().in(lang);
            if (ch.to() == ProgressStatus.DONE) {
                return words.preview_change_done(title);
            }
            int before = current.getOrDefault(ch.node().id(), Placement.Current.UNTOUCHED).ticked().size();
            return words.preview_change_in_progress(title, before + ch.newlyTicked().size(),
                    ch.node().checkpoints().size());
        }).toList();
    }
}
