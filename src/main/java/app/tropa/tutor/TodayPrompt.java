package app.tropa.tutor;

import app.tropa.progress.Position;
import app.tropa.curriculum.Curriculum;
import app.tropa.curriculum.Node;
import app.tropa.curriculum.Phase;
import app.tropa.progress.ProgressStatus;
import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Today's question for reflection, built on the seeds' field instruction — phase, attention
 * pattern, depth of understanding, assembly point, vector question — around the node the
 * learner is on: the first one in progress, else the first next step.
 */
final class TodayPrompt {

    private TodayPrompt() {
    }

    static String of(Curriculum curriculum, Position position, List<NextStep> next,
            Map<String, ProgressStatus> statuses, Lang lang, Msg msg) {
        Phase phase = curriculum.phase(position.phase()).orElseThrow();
        Optional<Node> current = curriculum.nodes().stream()
                .filter(n -> statuses.get(n.id()) == ProgressStatus.IN_PROGRESS).findFirst()
                .or(() -> next.stream().findFirst().map(NextStep::node));
        if (current.isEmpty()) {
            return msg.prompt_complete(phase.title().in(lang));
        }
        Node node = current.get();
        String attention = node.attentionPattern().hasEn() ? node.attentionPattern().in(lang) : msg.prompt_no_attention();
        String vector = node.vectorQuestion().hasEn() ? node.vectorQuestion().in(lang) : msg.prompt_no_vector();
        return msg.prompt_text(phase.title().in(lang), node.title().in(lang), attention, vector);
    }
}
