package app.tropa.http;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure to write the database file (a full disk, a file system gone read-only) from
 * every other failure, so the learner hears "free some space and send it again" rather than
 * "something went wrong". Only a failure the database itself reports counts: an I/O error from
 * the tutor's model connection is not a full disk.
 */
public final class StorageFailure {

    /** H2: the database was closed under us (after a failed write it closes itself). */
    static final int DATABASE_IS_CLOSED = 90098;
    static final int IO_EXCEPTION_1 = 90028;
    static final int IO_EXCEPTION_2 = 90031;
    static final int NO_DISK_SPACE_AVAILABLE = 90100;
    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;
    /** H2: the file is still held by the store that failed, while the pool opens it anew. */
    static final int DATABASE_ALREADY_OPEN = 90020;
    /** H2: a file beside the database (its trace, a temporary file) could not be made. */
    static final int FILE_CREATION_FAILED = 90062;

    private static final String STORE_EXCEPTION = "org.h2.mvstore.MVStoreException";

    public static final String ERROR = "storage-full";

    private StorageFailure() {
    }

    /** Whether {@code failure}, or anything it carries, is the database failing to reach its file. */
    public static boolean isStorageFailure(Throwable failure) {
        for (Throwable t : everything(failure)) {
            if (t instanceof SQLException sql && storage(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same, once the disk has refused a write and no save has succeeded since: then any failure
     * of the database is taken for the same cause (reopening a file on a full disk fails in more
     * ways than one), so the learner still hears what to do and a form keeps its text.
     */
    public static boolean isStorageFailure(Throwable failure, boolean diskRefusedBefore) {
        return isStorageFailure(failure)
                || diskRefusedBefore && everything(failure).stream().anyMatch(t -> t instanceof SQLException);
    }

    private static boolean storage(SQLException sql) {
        return switch (sql.getErrorCode()) {
            case DATABASE_IS_CLOSED, IO_EXCEPTION_1, IO_EXCEPTION_2, NO_DISK_SPACE_AVAILABLE,
                    DATABASE_CALLED_AT_SHUTDOWN, DATABASE_ALREADY_OPEN, FILE_CREATION_FAILED -> true;
            default -> everything(sql).stream().anyMatch(t -> t instanceof IOException
                    || t.getClass().getName().equals(STORE_EXCEPTION));
        };
    }

    /** The failure, its causes and what was suppressed on the way (a failed commit hides it there). */
    private static java.util.List<Throwable> everything(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(failure);
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        while (!todo.isEmpty() && all.size() < 200) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            Collections.addAll(todo, t.getSuppressed());
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return all;
    }

    /** The refusal a write answers with: 507, and what to do. */
    public static Problem problem() {
        return new Problem(507, ERROR, "This was not saved: the disk that holds Tropa's data folder is full or "
                + "cannot be written. Everything saved before is safe. Free some space and send it again; Tropa "
                + "does not need a restart.", java.util.Map.of());
    }
}
