package app.tropa.exchange;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The look at the data folder before the app opens it, on real H2 files: it tells damage apart and writes nothing. */
class DataFolderCheckTest {

    @TempDir
    Path data;

    @Test
    void shouldFindANewFolderAndCreateItAsTheAppWould() {
        Path folder = data.resolve("new/data");

        assertEquals(DataFolderState.of(DataFolderState.Kind.ABSENT), inspect(folder));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void shouldReadEveryTableAndTellTheLearnersDataFromTheFoldersOwnFacts() throws Exception {
        migrate();
        sql("INSERT INTO app_meta (meta_key, meta_value) VALUES ('created_at', '2026-12-01T10:00:00Z')");

        assertEquals(new DataFolderState(DataFolderState.Kind.FINE, "", false), inspect(data));

        learnerWrites(3);

        assertEquals(new DataFolderState(DataFolderState.Kind.FINE, "", true), inspect(data));
    }

    @Test
    void shouldCallAZeroLengthFileEmptyInsteadOfLettingH2StartANewDatabaseOverIt() throws Exception {
        Files.write(database(), new byte[0]);

        assertEquals(DataFolderState.Kind.EMPTY_FILE, inspect(data).kind());
        assertEquals(0, Files.size(database()));
    }

    @Test
    void shouldSayWhatAFileFromAnotherProgramIs() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(database(), png);

        assertEquals(DataFolderState.of(DataFolderState.Kind.NOT_A_DATABASE, "it is a PNG image"), inspect(data));
        assertArrayEquals(png, Files.readAllBytes(database()), "nothing written");

        Files.writeString(database(), "Список дел на завтра\n- купить хлеб\n");

        assertEquals(DataFolderState.of(DataFolderState.Kind.NOT_A_DATABASE, "it holds text"), inspect(data));
    }

    @Test
    void shouldFindADatabaseCutShortAnywhereAndWriteNothing() throws Exception {
        migrate();
        learnerWrites(200);
        byte[] whole = Files.readAllBytes(database());
        byte[] cut = Arrays.copyOf(whole, whole.length - 1000);
        Files.write(database(), cut);

        assertEquals(DataFolderState.of(DataFolderState.Kind.DAMAGED, "it has been cut short or added to: its size is "
                + "not a whole number of blocks"), inspect(data));
        assertArrayEquals(cut, Files.readAllBytes(database()), "nothing written");
    }

    @Test
    void shouldFindADatabaseCutAtABlockThatH2WouldOpenAtAnOlderStateWithoutAWord() throws Exception {
        migrate();
        learnerWrites(3000);
        byte[] whole = Files.readAllBytes(database());
        Files.write(database(), Arrays.copyOf(whole, whole.length / 2 / 4096 * 4096));

        assertEquals(DataFolderState.of(DataFolderState.Kind.DAMAGED, "it has been cut short: its header points past "
                + "its end"), inspect(data));
    }

    @Test
    void shouldFindBytesOverwrittenInTheMiddleOfTheData() throws Exception {
        migrate();
        learnerWrites(200);
        assertTrue(H2Damage.overwriteTheMiddleOfEveryChunk(database()) > 0);
        byte[] damaged = Files.readAllBytes(database());

        DataFolderState state = inspect(data);
        assertEquals(DataFolderState.Kind.DAMAGED, state.kind());
        assertTrue(state.detail().startsWith("H2: "), state.detail());
        assertFalse(state.detail().matches(".*(Exception|\\[\\d|/|SQL).*"), "no class names, paths, codes or SQL: "
                + state.detail());
        assertArrayEquals(damaged, Files.readAllBytes(database()), "nothing written");
    }

    @Test
    void shouldFindAFolderThatCannotBeCreatedBecauseAFileIsInTheWay() throws IOException {
        Path file = Files.writeString(data.resolve("notes.txt"), "not a folder");

        assertEquals(DataFolderState.of(DataFolderState.Kind.NOT_WRITABLE, file + " is a file, not a folder"),
                inspect(file.resolve("data")));
        assertEquals(DataFolderState.of(DataFolderState.Kind.NOT_WRITABLE, "it is a file, not a folder"), inspect(file));
    }

    @Test
    void shouldOpenTheAppsOwnUrlReadOnlyKeepingItsOtherSettings() {
        assertEquals("jdbc:h2:file:./data/tropa;WRITE_DELAY=0;ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0",
                DataFolderCheck.readOnly("jdbc:h2:file:./data/tropa;WRITE_DELAY=0;access_mode_data=rw"));
        assertEquals(java.util.Optional.of(Path.of("./data/tropa.mv.db")),
                DataFolderCheck.databaseFile("jdbc:h2:file:./data/tropa;WRITE_DELAY=0"));
        assertEquals(java.util.Optional.empty(), DataFolderCheck.databaseFile("jdbc:h2:mem:tropa-test"));
    }

    @Test
    void shouldKeepH2sWordsButNotItsClassNamesPathsOrCodes() {
        assertEquals("H2: File corrupted while reading record", DataFolderCheck.h2Words("File corrupted while reading "
                + "record: \"/tmp/x/tropa.mv.db\". Possible solution: use the recovery tool [90030-240]"));
        assertEquals("H2: File corrupted in chunk 448, expected page length 4..4096, got 1515870810",
                DataFolderCheck.h2Words("General error: \"org.h2.mvstore.MVStoreException: File corrupted in chunk "
                        + "448, expected page length 4..4096, got 1515870810 [2.4.240/6]\"; SQL statement:\nSELECT 1"));
    }

    private DataFolderState inspect(Path folder) {
        return DataFolderCheck.inspect(folder, "jdbc:h2:file:" + folder.resolve("tropa") + ";WRITE_DELAY=0", "", "");
    }

    private Path database() {
        return data.resolve("tropa.mv.db");
    }

    private String url() {
        return "jdbc:h2:file:" + data.resolve("tropa") + ";WRITE_DELAY=0";
    }

    private void migrate() {
        Flyway.configure().dataSource(url(), "", "").locations("classpath:db/migration").load().migrate();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "", ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** Progress events with notes: rows in a table and in its two indexes. */
    private void learnerWrites(int events) throws SQLException {
        String note = "заметка · note ".repeat(60);
        try (Connection c = DriverManager.getConnection(url(), "", ""); PreparedStatement p = c.prepareStatement(
                "INSERT INTO progress_event (node_id, kind, occurred_at, to_value, curriculum_version) "
                        + "VALUES (?, 'note', DATEADD(SECOND, ?, TIMESTAMP WITH TIME ZONE '2026-12-01 10:00:00Z'), ?, 'v1')")) {
            for (int i = 0; i < events; i++) {
                p.setString(1, "node-" + (i % 50));
                p.setInt(2, i);
                p.setString(3, note + i);
                p.executeUpdate();
            }
        }
    }
}
