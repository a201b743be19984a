package app.tropa.exchange;

/**
 * What start-up found in the data folder before anything opened the database: {@link DataFolderCheck}
 * looks, {@link StartupRescue} decides what to say and do about it.
 *
 * @param detail what exactly is wrong, in words for the learner ("it is a PNG image"); empty when nothing is
 * @param holdsLearnerData whether a readable database holds anything of the learner's (the folder's own
 *        facts, such as day one, do not count)
 */
public record DataFolderState(Kind kind, String detail, boolean holdsLearnerData) {

    public enum Kind {
        /** No database file yet: a new data folder. */
        ABSENT,
        /** The database opens and every row and index reads. */
        FINE,
        /** The folder (or the database file) cannot be written. */
        NOT_WRITABLE,
        /** Another process has the database open, most likely another Tropa. */
        IN_USE,
        /** A database file of 0 bytes: H2 would silently start a new, empty one over it. */
        EMPTY_FILE,
        /** A file that never was an H2 database (a picture, text). */
        NOT_A_DATABASE,
        /** An H2 database that cannot be read in full. */
        DAMAGED;

        /** Whether the database file itself is unusable, so restoring moves it aside. */
        public boolean unusable() {
            return this == EMPTY_FILE || this == NOT_A_DATABASE || this == DAMAGED;
        }
    }

    public static DataFolderState of(Kind kind) {
        return new DataFolderState(kind, "", false);
    }

    public static DataFolderState of(Kind kind, String detail) {
        return new DataFolderState(kind, detail, false);
    }
}
