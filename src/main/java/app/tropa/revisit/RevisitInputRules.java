package app.tropa.revisit;

import app.tropa.http.Problem;
import app.tropa.review.Grade;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What a revisit must carry: a grade, an answer in the learner's own words, real checkpoints. */
final class RevisitInputRules {

    private RevisitInputRules() {
    }

    record Checked(Grade grade, String answer, List<Integer> checkpoints) {
    }

    static Checked check(RevisitJson.Input input, int checkpointCount, int maxAnswer) {
        if (input == null) {
            throw Problem.badRequest("missing-body", "Send the revisit as JSON: {\"grade\", \"answer\", "
                    + "\"checkpoints\"}.");
        }
        return new Checked(Grade.required(input.grade(), "revisit"), answer(input.answer(), maxAnswer),
                checkpoints(input.checkpoints(), checkpointCount));
    }

    static String answer(String answer, int max) {
        String a = answer == null ? "" : answer.strip();
        if (a.isEmpty()) {
            throw Problem.badRequest("missing-answer", "Answer the step's question again in field 'answer': a few "
                    + "lines in your own words.", Map.of("field", "answer"));
        }
        int length = a.codePointCount(0, a.length());
        if (length > max) {
            throw Problem.badRequest("answer-too-long", "The answer has " + length + " characters; a revisit "
                    + "holds at most " + max + ".", Map.of("field", "answer", "max", max));
        }
        return a;
    }

    static List<Integer> checkpoints(List<Integer> ticked, int count) {
        if (ticked == null) {
            return List.of();
        }
        TreeSet<Integer> out = new TreeSet<>();
        for (Integer i : ticked) {
            if (i == null || i < 0 || i >= count) {
                throw Problem.badRequest("invalid-checkpoint", "Checkpoint " + i + " does not exist: this step has "
                        + count + " checkpoint" + (count == 1 ? "" : "s") + ", numbered from 0.",
                        Map.of("field", "checkpoints", "count", count));
            }
            out.add(i);
        }
        return List.copyOf(out);
    }
}
