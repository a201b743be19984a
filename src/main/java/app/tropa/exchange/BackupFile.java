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
 * opened or deleted.
 */
public record BackupFile(String name, Kind kind, Instant createdAt, int sequence, long size) {

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

    public static Optional<BackupFile> parse(String name, long size) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        Instant at = STAMP.parse(m.group(1), Instant::from);
        int sequence = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        return Optional.of(new BackupFile(name, Kind.of(m.group(2)), at, sequence, size));
    }

    /** The name for a backup made at the moment; {@code sequence} tells apart two made in the same second. */
    public static String name(Instant at, Kind kind, int sequence) {
        return "tropa-backup-" + STAMP.format(at) + "-" + kind.code() + (sequence > 1 ? "-" + sequence : "")
                + ".json";
    }
}
