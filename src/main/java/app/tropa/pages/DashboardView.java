package app.tropa.pages;

import app.tropa.tutor.Heatmap;
import app.tropa.tutor.Streak;
import app.tropa.curriculum.Phase;
import app.tropa.curriculum.Rung;
import app.tropa.exchange.BackupAlert;
import app.tropa.journal.JournalView;

import java.util.List;

/** What the dashboard shows, in words and numbers ready for the template. */
public record DashboardView(List<Rung> rungs, List<Row> rows, String positionLabel, boolean complete,
        List<Step> next, List<NudgeView> nudges, String prompt, Streak streak, Heatmap heatmap, int percent,
        int done, int total, int dueReviews, Revisits revisits, JournalView.Highlights journal,
        List<String> pace, BackupAlert backupAlert) {

    /** Done steps due to come back: how many, the first of them, and the next day one is due otherwise. */
    public record Revisits(int due, String firstNodeId, String nextDay) {

        public boolean any() {
            return due > 0;
        }
    }

    public boolean hasDueReviews() {
        return dueReviews > 0;
    }

    public record Row(Phase phase, List<CellView> cells) {
    }

    public record CellView(Rung rung, int done, int total, boolean current) {

        public int percent() {
            return total == 0 ? 0 : (int) Math.floor(100.0 * done / total);
        }
    }

    public record Step(String nodeId, String title, String reason) {
    }

    public record NudgeView(String kind, String message, String suggestion) {
    }
}
