package app.tropa.talk;

import app.tropa.curriculum.CurriculumSource;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Text;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.model.ModelSettings;
import app.tropa.model.TutorConnection;
import app.tropa.model.TutorModel;
import app.tropa.model.Turn;
import app.tropa.review.ReviewJson;
import app.tropa.review.ReviewService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Review questions a step suggests through the model tutor: asked for as JSON, checked, asked
 * once more with the error when a small model breaks the shape, then said plainly if it fails again.
 * The learner keeps the ones they like; kept ones join spaced review.
 */
@ApplicationScoped
public class QuestionService {

    /** Lessons are cut here, so the request fits a small model's context window. */
    static final int MAX_LESSON_CHARS = 12_000;
    static final int FEWEST = 3;
    static final int MOST = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CurriculumSource source;

    @Inject
    TutorConnection connection;

    @Inject
    ReviewService reviews;

    public record Suggestion(String question, String answer) {
    }

    public List<Suggestion> suggest(String nodeId, Lang lang) {
        Node node = node(nodeId);
        ModelSettings settings = connection.settings();
        TutorModel model = connection.model(settings);
        int max = settings.maxAnswerChars();
        List<Turn> turns = new ArrayList<>(List.of(Turn.system(Prompts.file("questions", lang)),
                Turn.learner(lesson(node, lang))));
        String first = model.reply(turns, t -> { }, () -> false, max).text();
        try {
            return parse(first);
        } catch (IllegalArgumentException broken) {
            turns.add(Turn.tutor(first));
            turns.add(Turn.learner(Prompts.file("questions-retry", lang).replace("{error}", broken.getMessage())));
            String second = model.reply(turns, t -> { }, () -> false, max).text();
            try {
                return parse(second);
            } catch (IllegalArgumentException again) {
                throw new Problem(502, "model-bad-questions", TalkWords.msg(lang).questions_broken(again.getMessage()),
                        Map.of());
            }
        }
    }

    public ReviewJson.KeptQuestion keep(String nodeId, String question, String answer, Lang lang) {
        node(nodeId);
        return reviews.keepQuestion(nodeId, question, answer, lang);
    }

    private Node node(String nodeId) {
        return source.get().node(nodeId).orElseThrow(() -> Problem.notFound("unknown-node",
                "There is no step " + nodeId + " on the path."));
    }

    /** The lesson as the model reads it: title, summary, checkpoints, then the text itself. */
    static String lesson(Node node, Lang lang) {
        StringBuilder b = new StringBuilder("# ").append(node.title().in(lang)).append("\n\n")
                .append(node.summary().in(lang)).append("\n\n");
        for (Text cp : node.checkpoints()) {
            b.append("- ").append(cp.in(lang)).append('\n');
        }
        String body = node.body().in(lang);
        b.append('\n').append(body.length() > MAX_LESSON_CHARS ? body.substring(0, MAX_LESSON_CHARS) : body);
        return b.toString();
    }

    /** Reads {"questions":[{"question","answer"}]}, forgiving a code fence or words around it. */
    static List<Suggestion> parse(String reply) {
        String text = reply == null ? "" : reply.strip();
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("there is no JSON object in it");
        }
        JsonNode root;
        try {
            root = JSON.readTree(text.substring(start, end + 1));
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("it is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        JsonNode items = root.path("questions");
        if (!items.isArray()) {
            throw new IllegalArgumentException("it has no \"questions\" array");
        }
        List<Suggestion> out = new ArrayList<>();
        for (JsonNode item : items) {
            String q = item.path("question").asText("").strip();
            String a = item.path("answer").asText("").strip();
            if (!q.isEmpty() && !a.isEmpty() && q.length() <= 2000 && a.length() <= 4000) {
                out.add(new Suggestion(q, a));
            }
        }
        if (out.size() < FEWEST) {
            throw new IllegalArgumentException("it holds " + out.size() + " usable question-and-answer pairs, not "
                    + FEWEST + " to " + MOST);
        }
        return out.subList(0, Math.min(MOST, out.size()));
    }
}
