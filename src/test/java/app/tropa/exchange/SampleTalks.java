package app.tropa.exchange;

import app.tropa.talk.Talk;
import app.tropa.talk.TalkMessage;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Test helper: talks written straight into the tables as TalkService leaves them (the learner's
 * message keeps what was sent with it, the tutor's names its model), for tests that run without a
 * model server. Each message is a minute after the one before.
 */
final class SampleTalks {

    static final String MODEL = "tutor-small";

    /** One message as the talk keeps it. */
    record Said(String role, String body, String state, String failure) {
    }

    static Said asked(String body) {
        return new Said(TalkMessage.LEARNER, body, TalkMessage.ANSWERED, null);
    }

    static Said unanswered(String body, String failure) {
        return new Said(TalkMessage.LEARNER, body, TalkMessage.UNANSWERED, failure);
    }

    static Said answer(String body) {
        return new Said(TalkMessage.TUTOR, body, TalkMessage.COMPLETE, null);
    }

    static Said cut(String body) {
        return new Said(TalkMessage.TUTOR, body, TalkMessage.CUT, null);
    }

    private SampleTalks() {
    }

    /** Writes a live talk in English; returns its id. */
    static long write(String aboutType, String aboutId, String title, Instant at, boolean forTraining,
            List<Said> messages) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Talk talk = new Talk();
            talk.aboutType = aboutType;
            talk.aboutId = aboutId;
            talk.title = title;
            talk.lang = "en";
            talk.forTraining = forTraining;
            talk.createdAt = at;
            talk.updatedAt = at.plus(Duration.ofMinutes(Math.max(0, messages.size() - 1)));
            talk.persist();
            for (int i = 0; i < messages.size(); i++) {
                Said said = messages.get(i);
                TalkMessage m = new TalkMessage();
                m.talkId = talk.id;
                m.seq = i + 1;
                m.role = said.role();
                m.body = said.body();
                m.state = said.state();
                m.failure = said.failure();
                boolean learner = TalkMessage.LEARNER.equals(said.role());
                m.context = learner ? "You are the learner's tutor in Tropa.\n\n## Step: " + title : null;
                m.model = learner ? null : MODEL;
                m.createdAt = at.plus(Duration.ofMinutes(i));
                m.persist();
            }
            return talk.id;
        });
    }

    static void trash(long id, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> Talk.<Talk>findById(id).deletedAt = at);
    }

    static void forTraining(long id, boolean on) {
        QuarkusTransaction.requiringNew().run(() -> Talk.<Talk>findById(id).forTraining = on);
    }
}
