package app.tropa.talk;

import app.tropa.model.ModelSettings;
import app.tropa.model.TutorConnection;

import java.util.List;

/** What the talk pages show. */
public final class TalkView {

    private TalkView() {
    }

    /** The tutor's connection as the pages describe it. */
    public record Connection(boolean on, String baseUrl, String model) {

        static Connection of(ModelSettings s) {
            return new Connection(s.configured(), s.baseUrl().orElse(""), s.model().orElse(""));
        }
    }

    public record Item(long id, String title, String aboutLabel, String updated, int messages, boolean demo) {
    }

    public record Talks(Connection connection, List<Item> live, List<Item> trashed) {
    }

    /** A message ready to show: Markdown already made safe HTML; the reason when unanswered. */
    public record Line(int seq, boolean learner, String html, String at, String state, String failure,
            boolean unanswered, boolean waiting, boolean cut) {
    }

    public record TalkPage(long id, String title, String aboutLabel, String aboutHref, boolean inTrash,
            boolean forTraining, boolean demo, List<Line> lines, String sent, boolean canRetry, Connection connection,
            String draft, String error) {
    }

    /** A talk about to begin: what it is about, what the tutor will see, the learner's first words. */
    public record StartPage(String type, String id, String title, String aboutLabel, String aboutHref, String sent,
            Connection connection, String draft, String error, List<Item> earlier) {
    }

    /** The settings form, with the outcome of "check the connection" when asked. */
    public record Settings(String baseUrl, String model, boolean hasKey, long timeoutSeconds, boolean allowRemote,
            String error, String errorField, boolean saved, Check check) {
    }

    public record Check(boolean reachable, List<String> models, String problem) {

        static Check of(TutorConnection.Check c, TalkMsg msg) {
            return new Check(c.reachable(), c.models(),
                    c.failure().map(f -> TalkWords.checkProblem(f, msg)).orElse(null));
        }
    }
}
