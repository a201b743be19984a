package app.tropa.curriculum;

/** One thing wrong with a curriculum folder: the file (relative to the folder) and the reason. */
public record CurriculumProblem(String file, String reason) {

    @Override
    public String toString() {
        return file + ": " + reason;
    }
}
