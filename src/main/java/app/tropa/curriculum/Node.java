package app.tropa.curriculum;

import java.util.List;

/** One step of the path: a lesson in a cell of the phase × rung map. */
public record Node(
        String id,
        String phase,
        String rung,
        int order,
        Text title,
        Text summary,
        List<String> prerequisites,
        List<String> terms,
        List<Text> checkpoints,
        List<Exercise> exercises,
        List<Resource> resources,
        Text attentionPattern,
        Text vectorQuestion,
        double effortHours,
        String deadEndReason,
        Text body,
        String file) {

    /** Whether the node may lead nowhere: its front matter says why in {@code deadEndReason}. */
    public boolean mayEndThePath() {
        return deadEndReason != null && !deadEndReason.isBlank();
    }

    public record Exercise(Text task, Text expected) {
    }

    public record Resource(String title, String url) {
    }
}
