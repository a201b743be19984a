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
        Text body,
        String file) {

    public record Exercise(Text task, Text expected) {
    }

    public record Resource(String title, String url) {
    }
}
