package app.tropa.curriculum;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a curriculum folder has problems; the message lists every one of them. */
public class InvalidCurriculumException extends RuntimeException {

    private final List<CurriculumProblem> problems;

    public InvalidCurriculumException(String folder, List<CurriculumProblem> problems) {
        super("The curriculum in " + folder + " has " + problems.size() + " problem(s):\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CurriculumProblem> problems() {
        return problems;
    }
}
