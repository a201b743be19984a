package app.tropa.it;

import app.tropa.TestDisks;
import app.tropa.exchange.H2Damage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A damaged database file, on the packaged app: start-up stops with a few lines (what is wrong, the
 * newest backup and when it was made, the command that restores it) and no stack trace, and the
 * command it prints starts the app with the backup's data while the damaged file stays beside it,
 * unchanged. The same few lines, without a stack trace, for a data folder that cannot be written.
 */
class DamagedDatabaseIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    /** A learner's folder: a few things, a backup made by hand, then one more entry the backup lacks. */
    private static Path learner;
    private static Path backup;

    @TempDir
    Path work;

    enum Damage {
        CUT_SHORT("is damaged and cannot be read in full (it has been cut short") {
            @Override
            void apply(Path db) throws IOException {
                byte[] bytes = Files.readAllBytes(db);
                Files.write(db, Arrays.copyOf(bytes, bytes.length * 2 / 3 + 123));
            }
        },
        OVERWRITTEN_IN_THE_MIDDLE("is damaged and cannot be read in full (H2: ") {
            @Override
            void apply(Path db) throws IOException {
                assertTrue(H2Damage.overwriteTheMiddleOfEveryChunk(db) > 0);
            }
        },
        ZERO_LENGTH("is empty (0 bytes): none of your data is in it.") {
            @Override
            void apply(Path db) throws IOException {
                Files.write(db, new byte[0]);
            }
        },
        A_PNG_IMAGE("is not a database: it is a PNG image.") {
            @Override
            void apply(Path db) throws IOException {
                Files.write(db, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
                        'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89});
            }
        },
        A_TEXT_FILE("is not a database: it holds text.") {
            @Override
            void apply(Path db) throws IOException {
                Files.writeString(db, "Shopping list\n- bread\n- молоко\n");
            }
        };

        final String words;

        Damage(String words) {
            this.words = words;
        }

        abstract void apply(Path db) throws IOException;
    }

    @BeforeAll
    static void learnerWithABackup() throws Exception {
        learner = shared.resolve("learner");
        try (AppProcess app = AppProcess.start(learner)) {
            KillDuringWritesIT.ok(app.postJson("/api/reflections", KillDuringWritesIT.body(Map.of("body",
                    "Before the damage · до повреждения ✓"))), "an entry");
            KillDuringWritesIT.ok(app.putJson("/api/progress/why-your-own-ai", KillDuringWritesIT.body(Map.of(
                    "status", "done", "note", "сделано"))), "a step");
            JsonNode made = KillDuringWritesIT.read(JSON, app.postJson("/api/backups", "{}"), "a backup");
            backup = learner.resolve("backups").resolve(made.path("name").asText());
            KillDuringWritesIT.ok(app.postJson("/api/reflections", KillDuringWritesIT.body(Map.of("body",
                    "Written after the backup"))), "an entry after the backup");
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void shouldStopWithAFewLinesAndStartAgainWithTheBackupByTheCommandItPrints(Damage damage) throws Exception {
        Path data = TestDisks.copyFolder(learner, work.resolve("data"));
        Path db = data.resolve("tropa.mv.db");
        damage.apply(db);
        byte[] damaged = Files.readAllBytes(db);
        Path backup = data.resolve("backups").resolve(DamagedDatabaseIT.backup.getFileName());

        AppProcess refused = AppProcess.launch(data);

        assertNotEquals(0, refused.awaitExit());
        String out = refused.output();
        assertNoStackTrace(out);
        assertTrue(lines(out).size() <= 6, "a few lines:\n" + out);
        assertTrue(out.contains("Tropa will not start: the database file " + db + " " + damage.words), out);
        assertTrue(out.contains("Nothing was changed or deleted."), out);
        assertTrue(out.contains("The newest automatic backup is " + backup + ", made " + madeAt(backup)), out);
        List<String> command = command(out, "./tropa");
        assertEquals(List.of("-Dtropa.data-dir=" + data, "-Dtropa.restore-from=" + backup), command, out);
        assertArrayEquals(damaged, Files.readAllBytes(db), "the damaged file is untouched");
        assertEquals(new TreeSet<>(List.of("backups", "tropa.mv.db")), names(data), "nothing else was written");

        try (AppProcess restored = AppProcess.start(data, options(command))) {
            assertEquals(withoutExportMoment(JSON.readTree(backup.toFile())),
                    withoutExportMoment(JSON.readTree(restored.get("/api/export/json").body())),
                    "the learner's data is the backup's");
            assertTrue(restored.output().contains("Restored your data from " + backup), restored.output());
            assertNoStackTrace(restored.output());
        }
        Path aside = onlyFile(data, "tropa.mv.db.damaged-");
        assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file sits beside it, unchanged");
        assertTrue(out.contains("moved aside as tropa.mv.db.damaged-<date and time>"), out);
    }

    @Test
    void shouldSayThereIsNoBackupAndHowToStartEmptyByMovingTheFileAside() throws Exception {
        Path data = TestDisks.copyFolder(learner, work.resolve("data"));
        deleteAll(data.resolve("backups"));
        Path db = data.resolve("tropa.mv.db");
        Damage.CUT_SHORT.apply(db);
        byte[] damaged = Files.readAllBytes(db);

        AppProcess refused = AppProcess.launch(data);

        assertNotEquals(0, refused.awaitExit());
        String out = refused.output();
        assertNoStackTrace(out);
        assertTrue(out.contains("There is no automatic backup in " + data.resolve("backups")), out);
        List<String> move = command(out, "mv");
        assertEquals(db.toString(), move.get(0), out);
        Files.move(Path.of(move.get(0)), Path.of(move.get(1)));
        try (AppProcess empty = AppProcess.start(data)) {
            JsonNode all = JSON.readTree(empty.get("/api/export/json").body());
            assertEquals(0, all.path("reflections").size(), "a new, empty database");
        }
        assertArrayEquals(damaged, Files.readAllBytes(Path.of(move.get(1))), "the damaged file is kept");
    }

    @Test
    void shouldRefuseToRestoreFromAFileThatIsNotABackupAndMoveNothing() throws Exception {
        Path data = TestDisks.copyFolder(learner, work.resolve("data"));
        Damage.A_PNG_IMAGE.apply(data.resolve("tropa.mv.db"));
        Path notes = Files.writeString(work.resolve("notes.json"), "{\"my\": \"notes\"}");
        Path backup = data.resolve("backups").resolve(DamagedDatabaseIT.backup.getFileName());

        AppProcess refused = AppProcess.launch(data, "tropa.restore-from=" + notes);

        assertNotEquals(0, refused.awaitExit());
        String out = refused.output();
        assertNoStackTrace(out);
        assertTrue(out.contains("Tropa will not start: tropa.restore-from names " + notes + ", which cannot be restored "
                + "(it is not a whole Tropa backup: "), out);
        assertTrue(out.contains("\nThe database file " + data.resolve("tropa.mv.db") + " is not a database"), out);
        assertTrue(out.contains("-Dtropa.restore-from=" + backup), "the backup that does read is offered:\n" + out);
        assertEquals(new TreeSet<>(List.of("backups", "tropa.mv.db")), names(data), "nothing moved");
    }

    @Test
    void shouldNotReplaceADatabaseThatReadsAndHoldsTheLearnersData() throws Exception {
        Path data = TestDisks.copyFolder(learner, work.resolve("data"));
        byte[] before = Files.readAllBytes(data.resolve("tropa.mv.db"));

        Path backup = data.resolve("backups").resolve(DamagedDatabaseIT.backup.getFileName());
        try (AppProcess app = AppProcess.start(data, "tropa.restore-from=" + backup)) {
            assertTrue(app.output().contains("tropa.restore-from is set, but the database in " + data
                    + " reads in full and holds your data: nothing was restored."), app.output());
            JsonNode all = JSON.readTree(app.get("/api/export/json").body());
            assertTrue(all.path("reflections").toString().contains("Written after the backup"), "nothing replaced");
        }
        assertEquals(new TreeSet<>(List.of("backups", "tropa.mv.db")), names(data));
        assertTrue(before.length > 0);
    }

    @Test
    void shouldRefuseADataFolderThatCannotBeCreatedBecauseAFileIsInTheWay() throws Exception {
        Path file = Files.writeString(work.resolve("a-file"), "not a folder");

        AppProcess refused = AppProcess.launch(file.resolve("data"));

        assertNotEquals(0, refused.awaitExit());
        String out = refused.output();
        assertNoStackTrace(out);
        assertTrue(lines(out).size() <= 6, out);
        assertTrue(out.contains("Tropa will not start: the data folder " + file.resolve("data") + " cannot be written "
                + "to (" + file + " is a file, not a folder). Nothing in it was changed."), out);
        assertEquals(List.of("-Dtropa.data-dir=<another"), command(out, "./tropa").subList(0, 1), out);
    }

    @Test
    void shouldRefuseADataFolderThatCannotBeWrittenAndNameItsNewestBackup() throws Exception {
        Path data = work.resolve("read-only");
        Optional<String> skipped = ReadOnlyFolder.make(learner, data);
        Assumptions.assumeTrue(skipped.isEmpty(), () -> "Skipped: " + skipped.orElse(""));
        try {
            byte[] before = Files.readAllBytes(data.resolve("tropa.mv.db"));

            AppProcess refused = AppProcess.launch(data);

            assertNotEquals(0, refused.awaitExit());
            String out = refused.output();
            assertNoStackTrace(out);
            assertTrue(lines(out).size() <= 6, out);
            assertTrue(out.contains("Tropa will not start: the data folder " + data + " cannot be written to ("), out);
            assertTrue(out.contains("Its newest automatic backup is " + data.resolve("backups")
                    .resolve(backup.getFileName()) + ", made " + madeAt(backup)), out);
            assertArrayEquals(before, Files.readAllBytes(data.resolve("tropa.mv.db")));
        } finally {
            ReadOnlyFolder.undo(data);
        }
    }

    @Test
    void shouldRefuseASecondTropaOnTheSameFolder() throws Exception {
        Path data = TestDisks.copyFolder(learner, work.resolve("data"));
        try (AppProcess first = AppProcess.start(data)) {
            AppProcess second = AppProcess.launch(data);

            assertNotEquals(0, second.awaitExit());
            assertNoStackTrace(second.output());
            assertTrue(second.output().contains("is open in another program, most likely a Tropa already running on "
                    + "this data folder. Nothing was changed."), second.output());
            assertEquals(200, first.get("/api/progress").statusCode(), "the first one works on");
        }
    }

    private static void assertNoStackTrace(String out) {
        assertFalse(out.contains("\tat ") || out.contains("Exception in") || out.contains("Caused by"),
                "no stack trace:\n" + out);
    }

    private static List<String> lines(String out) {
        return out.lines().filter(l -> !l.isBlank() && !l.startsWith("Picked up ")).toList();
    }

    /** The arguments of the indented command line that starts with the program. */
    private static List<String> command(String out, String program) {
        String line = out.lines().filter(l -> l.startsWith("  " + program + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no command '" + program + "' in:\n" + out));
        List<String> words = new ArrayList<>(Arrays.asList(line.strip().split(" +")));
        return words.subList(1, words.size());
    }

    /** The -D options as AppProcess takes them. */
    private static String[] options(List<String> command) {
        return command.stream().map(o -> {
            assertTrue(o.startsWith("-D"), o);
            return o.substring(2);
        }).toArray(String[]::new);
    }

    /** When a backup was made, as the message shows it (the app's zone: this machine's). */
    private static String madeAt(Path backup) {
        String stamp = backup.getFileName().toString().replaceAll("tropa-backup-(\\d{8}T\\d{6}Z).*", "$1");
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(DateTimeFormatter.ofPattern(
                "yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).parse(stamp, java.time.Instant::from)
                .atZone(ZoneId.systemDefault()));
    }

    private static JsonNode withoutExportMoment(JsonNode backup) {
        ObjectNode copy = backup.deepCopy();
        copy.remove("exportedAt");
        return copy;
    }

    private static TreeSet<String> names(Path folder) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            return all.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Path onlyFile(Path folder, String prefix) throws IOException {
        try (Stream<Path> all = Files.list(folder)) {
            List<Path> found = all.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, found.size(), found.toString());
            return found.get(0);
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * A copy of a data folder that cannot be written: by permissions for an ordinary user; as root, who
     * writes through permissions, a small file system mounted read-only, where the machine allows mounting.
     */
    static final class ReadOnlyFolder {

        private ReadOnlyFolder() {
        }

        /** Empty when made; otherwise why it cannot be made here. */
        static Optional<String> make(Path from, Path folder) throws Exception {
            if (!"root".equals(System.getProperty("user.name"))) {
                TestDisks.copyFolder(from, folder);
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path p : all.toList()) {
                        p.toFile().setWritable(false, false);
                    }
                }
                return Optional.empty();
            }
            if (!TestDisks.mountTmpfs(folder, "64m")) {
                return Optional.of("running as root, and this machine does not let the test mount a read-only "
                        + "file system (chmod does not stop root)");
            }
            TestDisks.copyFolder(from, folder);
            if (!TestDisks.remountReadOnly(folder)) {
                TestDisks.unmount(folder);
                return Optional.of("could not remount the test's file system read-only");
            }
            return Optional.empty();
        }

        static void undo(Path folder) throws Exception {
            if ("root".equals(System.getProperty("user.name"))) {
                TestDisks.unmount(folder);
            } else {
                try (Stream<Path> all = Files.walk(folder)) {
                    for (Path p : all.toList()) {
                        p.toFile().setWritable(true, true);
                    }
                }
            }
        }
    }
}
