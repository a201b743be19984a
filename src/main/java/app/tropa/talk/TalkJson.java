package app.tropa.talk;

import java.time.Instant;
import java.util.List;

/** Talks as the API shows them. */
public final class TalkJson {

    private TalkJson() {
    }

    public record AboutJson(String type, String id) {

        static AboutJson of(app.tropa.talk.Talk t) {
            return new AboutJson(t.aboutType, t.aboutId);
        }
    }

    /**
     * A message; {@code failure} says why a learner's message is unanswered, {@code sent} is what went
     * to the model with it besides the talk itself (the tutor's instructions and the grounding).
     */
    public record Message(int seq, String role, String text, Instant at, String state, String failure, String model,
            String sent) {

        static Message of(TalkMessage m) {
            return new Message(m.seq, m.role, m.body, m.createdAt, m.state, m.failure, m.model, m.context);
        }
    }

    public record Talk(long id, AboutJson about, String title, String lang, boolean forTraining, boolean demo,
            Instant createdAt, Instant updatedAt, Instant deletedAt, List<Message> messages) {

        static Talk of(app.tropa.talk.Talk t, List<TalkMessage> messages) {
            return new Talk(t.id, AboutJson.of(t), t.title, t.lang, t.forTraining, t.demo, t.createdAt, t.updatedAt,
                    t.deletedAt, messages.stream().map(Message::of).toList());
        }
    }

    public record Summary(long id, AboutJson about, String title, boolean demo, Instant updatedAt, int messageCount) {

        static Summary of(app.tropa.talk.Talk t, int count) {
            return new Summary(t.id, AboutJson.of(t), t.title, t.demo, t.updatedAt, count);
        }
    }

    /** A talk's first message: what it is about and what the learner says. */
    public record Start(AboutJson about, String message) {
    }

    public record Say(String message) {
    }
}
