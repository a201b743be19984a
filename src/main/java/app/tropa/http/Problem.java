package app.tropa.http;

import java.util.Map;

/**
 * A request the app cannot answer as asked, with the status, a short code and a sentence for
 * the learner. Thrown by services and resources; rendered as JSON under {@code /api} and as the
 * error page elsewhere.
 */
public class Problem extends RuntimeException {

    private final int status;
    private final String error;
    private final transient Map<String, Object> details;

    public Problem(int status, String error, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.status = status;
        this.error = error;
        this.details = Map.copyOf(details);
    }

    public static Problem notFound(String error, String message) {
        return new Problem(404, error, message, Map.of());
    }

    public static Problem badRequest(String error, String message) {
        return new Problem(400, error, message, Map.of());
    }

    public static Problem badRequest(String error, String message, Map<String, Object> details) {
        return new Problem(400, error, message, details);
    }

    /** Whether a form shows itself again with the text as sent: refused as sent, or not saved for want of disk. */
    public boolean keepsForm() {
        return status == 400 || storageFull();
    }

    public boolean storageFull() {
        return StorageFailure.ERROR.equals(error);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public Map<String, Object> details() {
        return details;
    }
}
