package app.tropa.exchange;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backup file in {@code <data dir>/backups/}: its name says when it was made and why, e.g.
 * {@code tropa-backup-20261120T031500Z-daily.json}. Only names of this shape are ever listed,
 * opened or deleted. {@code check} is what reading it back found (see {@link BackupCheck}).
 */
public record BackupFile(String name, Kind kind, Instant createdAt, int sequence, long size, Check check) {

    /** Whether the file was read back whole and found to hold what was written. */
    public enum Check {
        /** Read back whole, and unchanged since. */
        VERIFIED("verified"),
        /** Not read back yet: made by a Tropa that did not check its backups, or put there by hand. */
        UNCHECKED("unchecked"),
        /** Its size or modification time differ from when it was read back. */
        CHANGED("changed"),
        /** Reading it back failed. */
        FAILED("failed");

        private final String code;

        Check(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }
    }

    public enum Kind {
        DAILY("daily"), BEFORE_REPLACE("before-replace"), MANUAL("manual");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String code() {
            return code;
        }

        static Kind of(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException(code);
        }
    }

    private static final Pattern NAME = Pattern.compile(
            "tropa-backup-(\\d{8}T\\d{6}Z)-(daily|before-replace|manual)(?:-(\\d{1,4}))?\\.json");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Newest first. */
    public static final Comparator<BackupFile> NEWEST_FIRST = Comparator.comparing(BackupFile::createdAt)
            .thenComparingInt(BackupFile::sequence).reversed();

    /** Whether it can be trusted: only such backups count when old ones rotate out. */
    @com.fasterxml.jackson.annotation.JsonProperty("verified")
    public boolean verified() {
        return check == Check.VERIFIED;
    }

    public BackupFile withCheck(Check c) {
        return new BackupFile(name, kind, createdAt, sequence, size, c);
    }

    /** A backup of that name, not yet known to be checked. */
    public static Optional<BackupFile> parse(String name, long size) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant at = STAMP.parse(m.group(1), Instant::from);
        int sequence = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return Optional.of(new BackupFile(name, Kind.of(m.group(2)), at, sequence, size, Check.UNCHECKED));
    }

    /** The name for a backup made at the moment; {@code sequence} tells apart two made in the same second. */
    public static String name(Instant at, Kind kind, int sequence) {
        return "tropa-backup-" + STAMP.format(at) + "-" + kind.code() + (sequence > 1 ? "-" + sequence : "")
                + ".json";
    }
}
