package app.tropa.talk;

import app.tropa.http.Saves;
import app.tropa.activity.ActivitySource;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.model.ModelFailure;
import app.tropa.model.ModelSettings;
import app.tropa.model.TutorConnection;
import app.tropa.model.TutorModel;
import app.tropa.model.Turn;
import app.tropa.platform.LearnerTime;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Talks with the model tutor. A learner's message is saved before the model is asked; a failed
 * answer leaves it in the talk, unanswered, with the reason, and changes nothing else.
 */
@ApplicationScoped
@Saves
public class TalkService implements ActivitySource {

    public static final int MAX_MESSAGE = 20_000;

    @Inject
    Subjects subjects;

    @Inject
    TutorConnection connection;

    @Inject
    LearnerTime time;

    /** Starts a talk with the learner's first message; the model is not asked yet. */
    @Transactional
    public long start(About about, String message, Lang lang) {
        String text = checkMessage(message);
        requireTutor();
        Subjects.Subject subject = subjects.of(about, lang);
        Instant now = time.now();
        Talk talk = new Talk();
        talk.aboutType = about.kind().code();
        talk.aboutId = about.id();
        talk.title = cut(subject.title(), 300);
        talk.lang = lang.code();
        talk.createdAt = now;
        talk.updatedAt = now;
        talk.persist();
        addLearner(talk, text, context(about, subject, lang), now);
        return talk.id;
    }

    /** Adds the learner's next message to a talk; the model is not asked yet. */
    @Transactional
    public void say(long talkId, String message, Lang lang) {
        String text = checkMessage(message);
        requireTutor();
        Talk talk = live(talkId);
        Subjects.Subject subject = subjects.of(talk.about(), lang);
        Instant now = time.now();
        talk.updatedAt = now;
        addLearner(talk, text, context(talk.about(), subject, lang), now);
    }

    /** Asks again for the talk's last unanswered message. */
    @Transactional
    public void retry(long talkId) {
        requireTutor();
        live(talkId);
        TalkMessage last = lastLearner(talkId);
        if (last == null || TalkMessage.ANSWERED.equals(last.state)) {
            throw new Problem(409, "nothing-to-retry", "The last message of talk " + talkId + " is not waiting for "
                    + "an answer.", Map.of());
        }
        last.state = TalkMessage.WAITING;
        last.failure = null;
    }

    /**
     * Asks the model for the reply to the talk's last message, passing the text on as it comes.
     * Blocks until the model is done; throws {@link ModelFailure} after marking the message unanswered.
     */
    public TalkJson.Talk answer(long talkId, Consumer<String> onText, BooleanSupplier stop) {
        Conversation conversation = QuarkusTransaction.requiringNew().call(() -> conversation(talkId));
        ModelSettings settings = connection.settings();
        TutorModel model;
        try {
            model = connection.model(settings);
        } catch (Problem off) {
            QuarkusTransaction.requiringNew().run(() -> fail(conversation.waiting(), "tutor-off"));
            throw off;
        }
        String modelName = settings.model().orElse("");
        int max = settings.maxAnswerChars();
        try {
            TutorModel.Reply reply = model.reply(conversation.turns(), onText, stop, max);
            return QuarkusTransaction.requiringNew().call(() -> saveReply(talkId, conversation.waiting(), reply,
                    modelName));
        } catch (ModelFailure f) {
            QuarkusTransaction.requiringNew().run(() -> fail(conversation.waiting(), f.code()));
            throw f;
        }
    }

    private record Conversation(long waiting, List<Turn> turns) {
    }

    private Conversation conversation(long talkId) {
        live(talkId);
        List<TalkMessage> all = messages(talkId);
        TalkMessage last = all.stream().filter(TalkMessage::fromLearner).reduce((a, b) -> b).orElse(null);
        if (last == null || !TalkMessage.WAITING.equals(last.state)) {
            throw new Problem(409, "nothing-to-answer", "Talk " + talkId + " has no message waiting for an answer.",
                    Map.of());
        }
        List<Turn> turns = new ArrayList<>();
        turns.add(Turn.system(last.context));
        for (TalkMessage m : all) {
            if (m == last) {
                turns.add(Turn.learner(m.body));
            } else if (m.fromLearner() && TalkMessage.ANSWERED.equals(m.state)) {
                turns.add(Turn.learner(m.body));
            } else if (!m.fromLearner()) {
                turns.add(Turn.tutor(m.body));
            }
        }
        return new Conversation(last.id, turns);
    }

    private TalkJson.Talk saveReply(long talkId, long waitingId, TutorModel.Reply reply, String modelName) {
        Talk talk = Talk.findById(talkId);
        TalkMessage asked = TalkMessage.findById(waitingId);
        Instant now = time.now();
        asked.state = TalkMessage.ANSWERED;
        TalkMessage answer = new TalkMessage();
        answer.talkId = talkId;
        answer.seq = nextSeq(talkId);
        answer.role = TalkMessage.TUTOR;
        answer.body = reply.text();
        answer.state = reply.cut() ? TalkMessage.CUT : TalkMessage.COMPLETE;
        answer.model = cut(modelName, 200);
        answer.createdAt = now;
        answer.persist();
        talk.updatedAt = now;
        return TalkJson.Talk.of(talk, messages(talkId));
    }

    private void fail(long waitingId, String reason) {
        TalkMessage asked = TalkMessage.findById(waitingId);
        if (asked != null) {
            asked.state = TalkMessage.UNANSWERED;
            asked.failure = reason;
        }
    }

    private void addLearner(Talk talk, String text, String context, Instant now) {
        TalkMessage m = new TalkMessage();
        m.talkId = talk.id;
        m.seq = nextSeq(talk.id);
        m.role = TalkMessage.LEARNER;
        m.body = text;
        m.state = TalkMessage.WAITING;
        m.context = context;
        m.createdAt = now;
        m.persist();
    }

    /** Exactly what goes to the model before the talk's messages: the tutor's manner and the grounding. */
    static String context(About about, Subjects.Subject subject, Lang lang) {
        return Prompts.system(about.kind(), lang) + "\n\n" + subject.grounding();
    }

    private void requireTutor() {
        if (!connection.settings().configured()) {
            throw TutorConnection.tutorOff();
        }
    }

    static String checkMessage(String message) {
        String text = message == null ? "" : message.strip();
        if (text.isEmpty()) {
            throw Problem.badRequest("invalid-message", "Write a message for the tutor.", Map.of("field", "message"));
        }
        if (text.length() > MAX_MESSAGE) {
            throw Problem.badRequest("invalid-message", "A message is at most " + MAX_MESSAGE + " characters.",
                    Map.of("field", "message"));
        }
        return text;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }

    private static int nextSeq(long talkId) {
        Integer max = TalkMessage.getEntityManager()
                .createQuery("select max(m.seq) from TalkMessage m where m.talkId = ?1", Integer.class)
                .setParameter(1, talkId).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static TalkMessage lastLearner(long talkId) {
        return TalkMessage.<TalkMessage>find("talkId = ?1 and role = ?2 order by seq desc", talkId,
                TalkMessage.LEARNER).firstResult();
    }

    static List<TalkMessage> messages(long talkId) {
        return TalkMessage.list("talkId = ?1 order by seq", talkId);
    }

    private static Talk find(long id) {
        return Talk.<Talk>findByIdOptional(id).orElseThrow(() -> Problem.notFound("unknown-talk",
                "There is no talk " + id + "."));
    }

    private static Talk live(long id) {
        Talk talk = find(id);
        if (talk.inTrash()) {
            throw new Problem(409, "talk-in-trash", "Talk " + id + " is in the trash; restore it to go on.",
                    Map.of());
        }
        return talk;
    }

    @Transactional
    public TalkJson.Talk get(long id) {
        return TalkJson.Talk.of(find(id), messages(id));
    }

    /** Live talks, the most recently active first. */
    @Transactional
    public List<TalkJson.Summary> list() {
        return summaries(Talk.list("deletedAt is null order by updatedAt desc, id desc"));
    }

    @Transactional
    public List<TalkJson.Summary> trashed() {
        return summaries(Talk.list("deletedAt is not null order by deletedAt desc, id desc"));
    }

    /** The talks with their message counts, counted in one query. */
    private static List<TalkJson.Summary> summaries(List<Talk> talks) {
        if (talks.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = TalkMessage.getEntityManager().createQuery("select m.talkId, count(m) "
                + "from TalkMessage m where m.talkId in ?1 group by m.talkId", Object[].class)
                .setParameter(1, talks.stream().map(t -> t.id).toList()).getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return talks.stream().map(t -> TalkJson.Summary.of(t, counts.getOrDefault(t.id, 0L).intValue())).toList();
    }

    @Transactional
    public void trash(long id) {
        Talk talk = find(id);
        if (talk.deletedAt == null) {
            talk.deletedAt = time.now();
        }
    }

    @Transactional
    public TalkJson.Talk restore(long id) {
        Talk talk = find(id);
        talk.deletedAt = null;
        return TalkJson.Talk.of(talk, messages(id));
    }

    /** Lets the tutor's words in this talk stand as the assistant's in the fine-tuning data set, or not. */
    @Transactional
    public TalkJson.Talk forTraining(long id, boolean on) {
        Talk talk = live(id);
        talk.forTraining = on;
        return TalkJson.Talk.of(talk, messages(id));
    }

    /** Talks about one thing, for the "talk about this" links. */
    @Transactional
    public List<TalkJson.Summary> about(About about) {
        return summaries(Talk.list("deletedAt is null and aboutType = ?1 and aboutId = ?2 order by updatedAt desc",
                about.kind().code(), about.id()));
    }

    /** The learner's messages count as activity; the tutor's do not. */
    @Override
    @Transactional
    public List<Instant> activitySince(Instant since) {
        return TalkMessage.getEntityManager().createQuery("select m.createdAt from TalkMessage m, Talk t "
                + "where t.id = m.talkId and t.deletedAt is null and m.role = ?1 and m.createdAt >= ?2", Instant.class)
                .setParameter(1, TalkMessage.LEARNER).setParameter(2, since).getResultList();
    }
}
