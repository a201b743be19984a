package app.tropa.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Looks at the data folder before the app opens the database: can the folder be written, and does
 * the database file read in full? H2 is opened read-only and every row of every table and every
 * index is read, so damage shows here, in words, and not later as a failed page; nothing is written.
 * Damage inside a value that still parses (H2 keeps no checksum of a page's content) and damage in
 * space the file no longer uses are not seen: the latter changes nothing.
 */
public final class DataFolderCheck {

    /** The database's own tables: what they hold is not the learner's (a new folder has day one in app_meta). */
    private static final Set<String> FOLDER_TABLES = Set.of("app_meta", "flyway_schema_history");

    private static final String FILE_URL = "jdbc:h2:file:";

    /** H2 writes its file in whole blocks of this size, and its header names a block that holds data. */
    private static final int BLOCK = 4096;

    private DataFolderCheck() {
    }

    /** The database file an H2 file URL opens ({@code jdbc:h2:file:./data/tropa;…} is {@code ./data/tropa.mv.db}). */
    public static Optional<Path> databaseFile(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String name = jdbcUrl.substring(FILE_URL.length()).split(";", 2)[0];
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name + ".mv.db"));
    }

    /**
     * The folder, then the database file (when the URL names one): the first problem found, or
     * {@code FINE}/{@code ABSENT} with whether the learner has anything in it.
     */
    public static DataFolderState inspect(Path dataDir, String jdbcUrl, String user, String password) {
        Optional<String> folder = notWritable(dataDir);
        if (folder.isPresent()) {
            return DataFolderState.of(DataFolderState.Kind.NOT_WRITABLE, folder.get());
        }
        Optional<Path> database = databaseFile(jdbcUrl);
        if (database.isEmpty()) {
            // Not a file database of ours to judge; restoring over it is left to the /export page.
            return new DataFolderState(DataFolderState.Kind.FINE, "", true);
        }
        Path file = database.get();
        if (!Files.exists(file)) {
            return DataFolderState.of(DataFolderState.Kind.ABSENT);
        }
        if (Files.isDirectory(file)) {
            return DataFolderState.of(DataFolderState.Kind.NOT_A_DATABASE, "it is a folder");
        }
        if (!Files.isWritable(file)) {
            return DataFolderState.of(DataFolderState.Kind.NOT_WRITABLE, "the database file in it is read-only");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return DataFolderState.of(DataFolderState.Kind.DAMAGED, reason(e));
        }
        if (size == 0) {
            return DataFolderState.of(DataFolderState.Kind.EMPTY_FILE, "it is empty (0 bytes)");
        }
        Optional<String> cut = cutShort(head(file, 2 * BLOCK), size);
        if (cut.isPresent()) {
            return DataFolderState.of(DataFolderState.Kind.DAMAGED, cut.get());
        }
        return read(file, readOnly(jdbcUrl), user, password);
    }

    /**
     * Whether an H2 file is visibly shorter (or longer) than it was written. H2 itself opens a file cut
     * short at the last whole chunk it finds, which can be weeks old: the newest writes would be gone
     * without a word. Its header (two copies, in the first two blocks) names a block that is in use.
     */
    static Optional<String> cutShort(byte[] head, long size) {
        if (!startsWith(head, "H:2,".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        if (size % BLOCK != 0) {
            return Optional.of("it has been cut short or added to: its size is not a whole number of blocks");
        }
        long needed = 0;
        for (int copy = 0; copy * BLOCK < head.length; copy++) {
            String header = new String(head, copy * BLOCK, Math.min(BLOCK, head.length - copy * BLOCK),
                    StandardCharsets.ISO_8859_1);
            Map<String, Long> fields = new LinkedHashMap<>();
            for (String field : header.split("\\n", 2)[0].split(",")) {
                String[] kv = field.split(":", 2);
                if (kv.length == 2 && kv[1].matches("[0-9a-f]{1,15}")) {
                    fields.put(kv[0], Long.parseLong(kv[1], 16));
                }
            }
            if (fields.containsKey("block") && fields.containsKey("blockSize") && header.startsWith("H:2,")) {
                needed = Math.max(needed, (fields.get("block") + 1) * fields.get("blockSize"));
            }
        }
        return needed > size ? Optional.of("it has been cut short: its header points past its end")
                : Optional.empty();
    }

    /** Why nothing can be written into the folder (creating it when missing, as the app would), if so. */
    static Optional<String> notWritable(Path dir) {
        Optional<Path> file = fileOnThePath(dir);
        if (file.isPresent()) {
            return Optional.of(file.get().equals(dir.toAbsolutePath().normalize()) ? "it is a file, not a folder"
                    : file.get() + " is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".tropa-write-check-", ".tmp");
            Files.delete(probe);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(reason(e));
        }
    }

    /** The first existing part of the folder's path that is not a folder. */
    private static Optional<Path> fileOnThePath(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        return reason.toLowerCase(Locale.ROOT);
    }

    /** The app's own URL, opened read-only, only if it exists, and leaving no trace file. */
    static String readOnly(String jdbcUrl) {
        String[] parts = jdbcUrl.split(";");
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (!kv[0].isBlank()) {
                settings.put(kv[0].strip().toUpperCase(Locale.ROOT), kv.length > 1 ? kv[1] : "");
            }
        }
        settings.put("IFEXISTS", "TRUE");
        settings.put("ACCESS_MODE_DATA", "r");
        settings.put("TRACE_LEVEL_FILE", "0");
        StringBuilder url = new StringBuilder(parts[0]);
        settings.forEach((k, v) -> url.append(';').append(k).append('=').append(v));
        return url.toString();
    }

    private static DataFolderState read(Path file, String url, String user, String password) {
        Properties login = new Properties();
        login.put("user", user);
        login.put("password", password);
        try (Connection c = org.h2.Driver.load().connect(url, login)) {
            return new DataFolderState(DataFolderState.Kind.FINE, "", readEverything(c));
        } catch (SQLException e) {
            return switch (e.getErrorCode()) {
                case org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1 -> DataFolderState.of(DataFolderState.Kind.IN_USE);
                // A user, password or cipher that does not match is the configuration's business, not damage.
                case org.h2.api.ErrorCode.WRONG_USER_OR_PASSWORD, org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    new DataFolderState(DataFolderState.Kind.FINE, "", true);
                default -> unreadable(file, e.getMessage());
            };
        } catch (RuntimeException e) {
            // H2's storage layer throws unchecked exceptions for some damaged pages.
            return unreadable(file, e.getMessage());
        }
    }

    /** Reads every row of every table and every index in full; true when the learner has anything in it. */
    private static boolean readEverything(Connection c) throws SQLException {
        boolean learner = false;
        for (String table : list(c, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                + "AND TABLE_TYPE = 'BASE TABLE'")) {
            long rows = 0;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table))) {
                while (rs.next()) {
                    rows++;
                }
            }
            learner |= rows > 0 && !FOLDER_TABLES.contains(table.toLowerCase(Locale.ROOT));
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT i.INDEX_NAME, i.TABLE_NAME, "
                + "c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c "
                + "ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME WHERE i.TABLE_SCHEMA = 'PUBLIC' "
                + "ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION")) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(quote(rs.getString(3)));
                tables.put(rs.getString(1), rs.getString(2));
            }
        }
        for (Map.Entry<String, List<String>> index : columns.entrySet()) {
            String cols = String.join(", ", index.getValue());
            // Sorted by the index's own columns with the index named: H2 walks that index from end to end.
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + cols + " FROM "
                    + quote(tables.get(index.getKey())) + " USE INDEX (" + quote(index.getKey()) + ") ORDER BY " + cols)) {
                while (rs.next()) {
                    // reading is the check
                }
            }
        }
        return learner;
    }

    private static List<String> list(Connection c, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A file H2 cannot read: never an H2 database, or a damaged one. */
    private static DataFolderState unreadable(Path file, String h2Message) {
        byte[] head = head(file, 512);
        if (!startsWith(head, "H:2,".getBytes(StandardCharsets.US_ASCII))) {
            return DataFolderState.of(DataFolderState.Kind.NOT_A_DATABASE, looksLike(head));
        }
        return DataFolderState.of(DataFolderState.Kind.DAMAGED, h2Words(h2Message));
    }

    private static byte[] head(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** What a file that is not a database seems to be, for the learner who put it there. */
    static String looksLike(byte[] head) {
        Map<String, byte[]> magic = new LinkedHashMap<>();
        magic.put("it is a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        magic.put("it is a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        magic.put("it is a GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII));
        magic.put("it is a PDF document", "%PDF".getBytes(StandardCharsets.US_ASCII));
        magic.put("it is a zip archive", new byte[] {'P', 'K', 3, 4});
        magic.put("it is a gzip archive", new byte[] {0x1F, (byte) 0x8B});
        magic.put("it is an SQLite database", "SQLite format 3".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, byte[]> m : magic.entrySet()) {
            if (startsWith(head, m.getValue())) {
                return m.getKey();
            }
        }
        return isText(head) ? "it holds text" : "it is not an H2 database file";
    }

    private static boolean isText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        try {
            // A multi-byte character cut at the end of the sample is still text.
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, head.length < 512 ? head.length : 508)).toString();
            return text.chars().allMatch(ch -> ch >= 0x20 || ch == '\n' || ch == '\r' || ch == '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** H2's message without class names, paths, error codes or the SQL that failed. */
    static String h2Words(String message) {
        String m = message == null ? "" : message;
        m = m.split("; SQL statement", 2)[0].split("\n", 2)[0];
        m = m.replaceAll("\\s*\\[[0-9][0-9./-]*]", "").replaceAll("[a-z][\\w.$]*\\.\\w*(Exception|Error): ", "")
                .replace("General error: ", "").replace(". Possible solution: use the recovery tool", "")
                .replaceAll(": \"[^\"]*\"", "").replace("\"", "").strip();
        if (m.length() > 120) {
            m = m.substring(0, 119).strip() + "…";
        }
        return m.isEmpty() ? "H2 cannot read it" : "H2: " + m;
    }

    /** The file names in a folder, for the backup listing. */
    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
