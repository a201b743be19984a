package app.tropa.model;

/** Why the model gave no usable answer. The partial text, if any, is kept for the talk. */
public class ModelFailure extends RuntimeException {

    public enum Kind {
        /** Nothing listens at the base URL. */
        REFUSED,
        /** Something answered, but not as an OpenAI-compatible server. */
        NOT_COMPATIBLE,
        /** The server does not have the model named in the settings. */
        MODEL_NOT_FOUND,
        /** No answer within the timeout. */
        TIMEOUT,
        /** The server answered with an error status. */
        ERROR_STATUS,
        /** The answer was empty. */
        EMPTY,
        /** The learner stopped the answer. */
        STOPPED
    }

    private final Kind kind;
    private final String partial;

    public ModelFailure(Kind kind, String detail, String partial, Throwable cause) {
        super(detail, cause, false, false);
        this.kind = kind;
        this.partial = partial == null ? "" : partial;
    }

    public Kind kind() {
        return kind;
    }

    /** What the model had written before it failed or was stopped. */
    public String partial() {
        return partial;
    }

    /** The status an API answer carries: 504 for a timeout, 502 for anything else from the model. */
    public int status() {
        return kind == Kind.TIMEOUT ? 504 : 502;
    }

    /** The error code of the API answer. */
    public String code() {
        return switch (kind) {
            case TIMEOUT -> "model-timeout";
            case REFUSED -> "model-unreachable";
            case NOT_COMPATIBLE -> "model-not-compatible";
            case MODEL_NOT_FOUND -> "model-not-found";
            case STOPPED -> "model-stopped";
            case EMPTY -> "model-empty";
            case ERROR_STATUS -> "model-failed";
        };
    }
}
