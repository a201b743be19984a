package app.tropa.progress;

import java.util.List;

/** A change the learner asks for; every field is optional. */
public record ProgressUpdate(String status, List<Integer> checkpoints, String note) {
}
