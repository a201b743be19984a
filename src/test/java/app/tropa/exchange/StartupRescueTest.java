package app.tropa.exchange;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What start-up says and does about a damaged database, a folder it cannot write, and tropa.restore-from. */
class StartupRescueTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:20:30Z");
    private static final Path DATA = Path.of("/home/ann/tropa/data");
    private static final Path DATABASE = DATA.resolve("tropa.mv.db");
    private static final StartupRescue.Launch LAUNCH = new StartupRescue.Launch(DATA, Optional.of(DATABASE), true,
            false, ZoneOffset.UTC);
    private static final StartupRescue.BackupCheck ALL_READ = file -> Optional.empty();

    private final StartupRescue rescue = new StartupRescue(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldNameTheNewestBackupThatReadsWhenItWasMadeAndTheCommandThatRestoresIt() {
        List<BackupFile> backups = List.of(backup("20261203T070000Z-manual", 900), backup("20261202T030000Z-daily", 0),
                backup("20261201T030000Z-daily", 800), backup("20261130T030000Z-daily", 800));
        List<Path> checked = new ArrayList<>();
        StartupRescue.BackupCheck check = file -> {
            checked.add(file);
            return file.getFileName().toString().contains("manual") ? Optional.of("it is not a whole Tropa backup")
                    : Optional.empty();
        };

        StartupRescue.Outcome outcome = rescue.decide(damaged("H2: File corrupted while reading record"), LAUNCH,
                backups, Optional.empty(), check);

        assertEquals(new StartupRescue.Refuse(List.of(
                "Tropa will not start: the database file /home/ann/tropa/data/tropa.mv.db is damaged and cannot be "
                        + "read in full (H2: File corrupted while reading record). Nothing was changed or deleted.",
                "The newest automatic backup is /home/ann/tropa/data/backups/tropa-backup-20261201T030000Z-daily.json, "
                        + "made 2026-12-01 03:00 UTC (2 days ago); anything written after it is not in it.",
                "To start again with it (the damaged file is kept: moved aside as tropa.mv.db.damaged-<date and time>):",
                "  ./tropa -Dtropa.restore-from=/home/ann/tropa/data/backups/tropa-backup-20261201T030000Z-daily.json")),
                outcome);
        assertEquals(List.of(DATA.resolve("backups/tropa-backup-20261203T070000Z-manual.json"),
                DATA.resolve("backups/tropa-backup-20261201T030000Z-daily.json")), checked,
                "an empty backup is passed over unread, and reading stops at the first that reads");
    }

    @Test
    void shouldSayWhatTheFileIsWhenItIsNotADatabaseOrEmpty() {
        List<BackupFile> one = List.of(backup("20261203T101500Z-daily", 500));

        String png = ((StartupRescue.Refuse) rescue.decide(DataFolderState.of(DataFolderState.Kind.NOT_A_DATABASE,
                "it is a PNG image"), LAUNCH, one, Optional.empty(), ALL_READ)).lines().get(0);
        String empty = ((StartupRescue.Refuse) rescue.decide(DataFolderState.of(DataFolderState.Kind.EMPTY_FILE,
                "it is empty (0 bytes)"), LAUNCH, one, Optional.empty(), ALL_READ)).lines().get(1);

        assertEquals("Tropa will not start: the database file /home/ann/tropa/data/tropa.mv.db is not a database: it "
                + "is a PNG image. Nothing was changed or deleted.", png);
        assertEquals("The newest automatic backup is /home/ann/tropa/data/backups/tropa-backup-20261203T101500Z-daily"
                + ".json, made 2026-12-03 10:15 UTC (5 minutes ago); anything written after it is not in it.", empty);
    }

    @Test
    void shouldSayThereIsNoBackupAndHowToStartEmptyWithoutDeletingAnything() {
        StartupRescue.Outcome outcome = rescue.decide(DataFolderState.of(DataFolderState.Kind.EMPTY_FILE), LAUNCH,
                List.of(), Optional.empty(), ALL_READ);

        assertEquals(List.of(
                "Tropa will not start: the database file /home/ann/tropa/data/tropa.mv.db is empty (0 bytes): none of "
                        + "your data is in it. Nothing was changed or deleted.",
                "There is no automatic backup in /home/ann/tropa/data/backups to start again with.",
                "To start with an empty database, move the file aside (nothing is deleted), then start Tropa again:",
                "  mv /home/ann/tropa/data/tropa.mv.db /home/ann/tropa/data/tropa.mv.db.damaged-20261203T102030Z",
                "A backup you downloaded from /export can be restored instead: ./tropa "
                        + "-Dtropa.restore-from=<that file>"), ((StartupRescue.Refuse) outcome).lines());
    }

    @Test
    void shouldSayNoneOfTheBackupsReadsWhenNoneDoes() {
        StartupRescue.Outcome outcome = rescue.decide(damaged("H2: x"), LAUNCH,
                List.of(backup("20261203T070000Z-manual", 900), backup("20261202T030000Z-daily", 900)), Optional.empty(),
                file -> Optional.of("it is not a whole Tropa backup"));

        assertEquals("None of the 2 automatic backups in /home/ann/tropa/data/backups can be read in full.",
                ((StartupRescue.Refuse) outcome).lines().get(1));
    }

    @Test
    void shouldRepeatAnotherDataFolderInTheCommandAndQuoteWhatTheShellWouldSplit() {
        Path data = Path.of("/home/ann/My Tropa/data");
        StartupRescue.Launch launch = new StartupRescue.Launch(data, Optional.of(data.resolve("tropa.mv.db")), false,
                false, ZoneId.of("Europe/Moscow"));

        List<String> lines = ((StartupRescue.Refuse) rescue.decide(damaged("H2: x"), launch,
                List.of(backup("20261203T070000Z-manual", 900)), Optional.empty(), ALL_READ)).lines();

        assertEquals("  ./tropa '-Dtropa.data-dir=/home/ann/My Tropa/data' "
                + "'-Dtropa.restore-from=/home/ann/My Tropa/data/backups/tropa-backup-20261203T070000Z-manual.json'",
                lines.get(3));
        assertTrue(lines.get(1).contains("made 2026-12-03 10:00 Europe/Moscow (3 hours ago)"), lines.get(1));
    }

    @Test
    void shouldShowTheWindowsLauncherAndMoveOnWindows() {
        Path data = Path.of("/C/Users/ann/tropa/data");
        StartupRescue.Launch windows = new StartupRescue.Launch(data, Optional.of(data.resolve("tropa.mv.db")), true,
                true, ZoneOffset.UTC);

        List<String> lines = ((StartupRescue.Refuse) rescue.decide(damaged("H2: x"), windows, List.of(),
                Optional.empty(), ALL_READ)).lines();

        assertTrue(lines.get(3).startsWith("  move "), lines.get(3));
        assertTrue(lines.get(4).endsWith("tropa.cmd -Dtropa.restore-from=<that file>"), lines.get(4));
    }

    @Test
    void shouldMoveAnUnusableFileAsideAndRestoreTheNamedBackup() {
        Path from = DATA.resolve("backups/tropa-backup-20261201T030000Z-daily.json");

        for (DataFolderState.Kind kind : Set.of(DataFolderState.Kind.DAMAGED, DataFolderState.Kind.EMPTY_FILE,
                DataFolderState.Kind.NOT_A_DATABASE)) {
            StartupRescue.Outcome outcome = rescue.decide(DataFolderState.of(kind, "x"), LAUNCH, List.of(),
                    Optional.of(from), ALL_READ);

            assertEquals(new StartupRescue.Restore(from, Optional.of(DATA.resolve(
                    "tropa.mv.db.damaged-20261203T102030Z"))), outcome, kind.name());
        }
    }

    @Test
    void shouldRestoreIntoANewOrEmptyDatabaseWithoutMovingAnything() {
        Path from = Path.of("/home/ann/Downloads/tropa-backup-2026-12-01.json");

        assertEquals(new StartupRescue.Restore(from, Optional.empty()), rescue.decide(
                DataFolderState.of(DataFolderState.Kind.ABSENT), LAUNCH, List.of(), Optional.of(from), ALL_READ));
        assertEquals(new StartupRescue.Restore(from, Optional.empty()), rescue.decide(
                new DataFolderState(DataFolderState.Kind.FINE, "", false), LAUNCH, List.of(), Optional.of(from),
                ALL_READ), "a database with only the folder's own facts, e.g. after a restore that was cut short");
    }

    @Test
    void shouldNeverReplaceADatabaseThatReadsAndHoldsTheLearnersData() {
        StartupRescue.Outcome outcome = rescue.decide(new DataFolderState(DataFolderState.Kind.FINE, "", true), LAUNCH,
                List.of(), Optional.of(Path.of("/tmp/old.json")), file -> {
                    throw new AssertionError("the backup is not even read");
                });

        StartupRescue.Start start = assertInstanceOf(StartupRescue.Start.class, outcome);
        assertEquals(List.of("tropa.restore-from is set, but the database in /home/ann/tropa/data reads in full and "
                + "holds your data: nothing was restored. To replace it with a backup, use Restore on the /export page "
                + "(it backs up what it replaces first); and start without tropa.restore-from."), start.notes());
    }

    @Test
    void shouldRefuseABackupThatDoesNotReadAndMoveNothing() {
        Path from = Path.of("/tmp/notes.json");

        StartupRescue.Outcome outcome = rescue.decide(damaged("H2: x"), LAUNCH,
                List.of(backup("20261201T030000Z-daily", 800)), Optional.of(from),
                file -> file.equals(from) ? Optional.of("there is no such file") : Optional.empty());

        List<String> lines = ((StartupRescue.Refuse) outcome).lines();
        assertEquals("Tropa will not start: tropa.restore-from names /tmp/notes.json, which cannot be restored "
                + "(there is no such file). Nothing was changed.", lines.get(0));
        assertTrue(lines.get(1).startsWith("The database file"), lines.get(1));
        assertEquals("  ./tropa -Dtropa.restore-from=/home/ann/tropa/data/backups/tropa-backup-20261201T030000Z-daily"
                + ".json", lines.get(4), "the backup that does read is offered instead");
    }

    @Test
    void shouldRefuseAFolderThatCannotBeWrittenEvenWithRestoreFromAndNameItsNewestBackup() {
        DataFolderState readOnly = DataFolderState.of(DataFolderState.Kind.NOT_WRITABLE, "read-only file system");

        StartupRescue.Outcome outcome = rescue.decide(readOnly, LAUNCH, List.of(backup("20261203T030000Z-daily", 800)),
                Optional.of(Path.of("/tmp/b.json")), ALL_READ);

        assertEquals(List.of(
                "Tropa will not start: the data folder /home/ann/tropa/data cannot be written to (read-only file "
                        + "system). Nothing in it was changed.",
                "Its newest automatic backup is /home/ann/tropa/data/backups/tropa-backup-20261203T030000Z-daily.json, "
                        + "made 2026-12-03 03:00 UTC (7 hours ago).",
                "Make it a folder that the user who runs Tropa can write to, or start with another data folder:",
                "  ./tropa -Dtropa.data-dir=<another folder>"), ((StartupRescue.Refuse) outcome).lines());
    }

    @Test
    void shouldRefuseWhenAnotherProgramHasTheDatabaseOpen() {
        StartupRescue.Outcome outcome = rescue.decide(DataFolderState.of(DataFolderState.Kind.IN_USE), LAUNCH,
                List.of(), Optional.empty(), ALL_READ);

        assertTrue(((StartupRescue.Refuse) outcome).lines().get(0).contains("most likely a Tropa already running "
                + "on this data folder"));
    }

    @Test
    void shouldStartAsUsualOnAFolderThatReadsOrIsNew() {
        assertEquals(new StartupRescue.Start(List.of()), rescue.decide(new DataFolderState(DataFolderState.Kind.FINE,
                "", true), LAUNCH, List.of(), Optional.empty(), ALL_READ));
        assertEquals(new StartupRescue.Start(List.of()), rescue.decide(DataFolderState.of(DataFolderState.Kind.ABSENT),
                LAUNCH, List.of(), Optional.empty(), ALL_READ));
    }

    @Test
    void shouldSayHowLongAgoInWholeUnits() {
        assertEquals("less than a minute ago", StartupRescue.ago(java.time.Duration.ofSeconds(59)));
        assertEquals("1 minute ago", StartupRescue.ago(java.time.Duration.ofSeconds(60)));
        assertEquals("47 hours ago", StartupRescue.ago(java.time.Duration.ofHours(47)));
        assertEquals("2 days ago", StartupRescue.ago(java.time.Duration.ofHours(48)));
        assertEquals("less than a minute ago", StartupRescue.ago(java.time.Duration.ofHours(-3)), "a clock set back");
    }

    private static DataFolderState damaged(String detail) {
        return DataFolderState.of(DataFolderState.Kind.DAMAGED, detail);
    }

    private static BackupFile backup(String stampAndKind, long size) {
        return BackupFile.parse("tropa-backup-" + stampAndKind + ".json", size).orElseThrow();
    }
}
