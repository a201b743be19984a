package app.tropa.exchange;

import app.tropa.http.Problem;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A backup that could not be made: written, forced to the disk and read back whole are all or
 * nothing, so the file is not kept and older backups stay. Under {@code /api} it answers
 * {@code backup-failed} with 507 when the disk is full, 500 otherwise; before a replace it stops
 * the replace, and nothing changes.
 */
public final class BackupFailure extends Problem {

    /** Why, as the learner is told it. */
    public enum Reason {
        NO_SPACE("no-space", 507), UNWRITABLE("unwritable", 500), CHECK_FAILED("check-failed", 500),
        FAILED("failed", 500);

        private final String code;
        private final int status;

        Reason(String code, int status) {
            this.code = code;
            this.status = status;
        }

        public String code() {
            return code;
        }

        /** The reason behind an exception: a full disk by the system's words for it, else any I/O failure. */
        static Reason of(Throwable e) {
            boolean io = false;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IOException) {
                    String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
                    if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk quota")) {
                        return NO_SPACE;
                    }
                    io = true;
                }
            }
            return io ? UNWRITABLE : FAILED;
        }
    }

    private final Reason reason;
    private final BackupFile.Kind kind;

    BackupFailure(Reason reason, BackupFile.Kind kind, String detail) {
        super(reason.status, "backup-failed", message(reason, kind, detail), Map.of("reason", reason.code(),
                "kind", kind.code()));
        this.reason = reason;
        this.kind = kind;
    }

    public Reason reason() {
        return reason;
    }

    public BackupFile.Kind kind() {
        return kind;
    }

    /** Whether it stopped a replace (the backup written before one). */
    public boolean beforeReplace() {
        return kind == BackupFile.Kind.BEFORE_REPLACE;
    }

    private static String message(Reason reason, BackupFile.Kind kind, String detail) {
        String why = switch (reason) {
            case NO_SPACE -> "the disk is full";
            case UNWRITABLE -> "the backups folder cannot be written to (" + detail + ")";
            case CHECK_FAILED -> "reading it back found a problem (" + detail + "), so it was set aside";
            case FAILED -> "it could not be made (" + detail + ")";
        };
        return kind == BackupFile.Kind.BEFORE_REPLACE
                ? "Nothing was replaced, and nothing changed: the backup of what is here, written before every "
                        + "replace, could not be made: " + why + "."
                : "The backup could not be written: " + why + ". Older backups are untouched.";
    }
}
