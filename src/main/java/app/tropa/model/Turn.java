package app.tropa.model;

/** One message of a conversation as the model receives it. */
public record Turn(Role role, String text) {

    public enum Role { SYSTEM, LEARNER, TUTOR }

    public static Turn system(String text) {
        return new Turn(Role.SYSTEM, text);
    }

    public static Turn learner(String text) {
        return new Turn(Role.LEARNER, text);
    }

    public static Turn tutor(String text) {
        return new Turn(Role.TUTOR, text);
    }
}
