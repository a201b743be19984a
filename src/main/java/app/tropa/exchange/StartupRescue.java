package app.tropa.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What start-up does about what {@link DataFolderCheck} found: start, refuse in a few lines a person
 * can act on (what is wrong, the newest backup that reads in full and when it was made, the exact
 * command that restores it), or restore from {@code tropa.restore-from}. A restore moves an unusable
 * database file aside, never deletes it, and never replaces a database that reads fine and holds the
 * learner's data: that is what the /export page's restore is for, with a backup of what it replaces.
 */
public final class StartupRescue {

    /** How the learner starts Tropa, and where things are, for the commands the lines show. */
    public record Launch(Path dataDir, Optional<Path> database, boolean defaultDataDir, boolean windows, ZoneId zone) {

        Path backups() {
            return dataDir.resolve("backups");
        }

        String tropa() {
            return windows ? "tropa.cmd" : "./tropa";
        }

        String move() {
            return windows ? "move" : "mv";
        }
    }

    /** Reads a backup in full; the problem that stops it from restoring, if any. */
    @FunctionalInterface
    public interface BackupCheck {
        Optional<String> problem(Path backup);
    }

    public sealed interface Outcome {
    }

    /** Start as usual; the notes are printed first. */
    public record Start(List<String> notes) implements Outcome {
    }

    /** Do not start: print the lines and exit with a failure status. */
    public record Refuse(List<String> lines) implements Outcome {
    }

    /** Move the unusable database file aside (when there is one), start, and import the backup. */
    public record Restore(Path from, Optional<Path> aside) implements Outcome {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
    private static final Pattern PLAIN_ON_WINDOWS = Pattern.compile("[A-Za-z0-9_./:=@%+,\\\\-]+");

    private final Clock clock;

    public StartupRescue(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param backups the automatic backups, newest first (see {@link BackupFile#NEWEST_FIRST})
     * @param restoreFrom {@code tropa.restore-from}, when set
     */
    public Outcome decide(DataFolderState state, Launch launch, List<BackupFile> backups, Optional<Path> restoreFrom,
            BackupCheck check) {
        DataFolderState.Kind kind = state.kind();
        if (kind == DataFolderState.Kind.NOT_WRITABLE) {
            return new Refuse(notWritable(state, launch, newest(launch, backups, check)));
        }
        if (kind == DataFolderState.Kind.IN_USE) {
            return new Refuse(inUse(launch));
        }
        if (restoreFrom.isPresent()) {
            return restore(state, launch, backups, restoreFrom.get(), check);
        }
        if (kind.unusable()) {
            List<String> lines = new ArrayList<>(List.of(unusable(state, launch)));
            lines.addAll(howToStartAgain(launch, newest(launch, backups, check), backups.size()));
            return new Refuse(lines);
        }
        return new Start(List.of());
    }

    private Outcome restore(DataFolderState state, Launch launch, List<BackupFile> backups, Path from,
            BackupCheck check) {
        if (state.kind() == DataFolderState.Kind.FINE && state.holdsLearnerData()) {
            return new Start(List.of("tropa.restore-from is set, but the database in " + launch.dataDir()
                    + " reads in full and holds your data: nothing was restored. To replace it with a backup, use "
                    + "Restore on the /export page (it backs up what it replaces first); and start without "
                    + "tropa.restore-from."));
        }
        Optional<String> problem = check.problem(from);
        if (problem.isPresent()) {
            List<String> lines = new ArrayList<>(List.of("Tropa will not start: tropa.restore-from names " + from
                    + ", which cannot be restored (" + problem.get() + "). Nothing was changed."));
            if (state.kind().unusable()) {
                lines.add(unusable(state, launch).replace("Tropa will not start: the", "The"));
                lines.addAll(howToStartAgain(launch, newest(launch, backups, check).filter(b -> !b.path().equals(from)),
                        backups.size()));
            }
            return new Refuse(lines);
        }
        return new Restore(from, state.kind().unusable() ? launch.database().map(this::aside) : Optional.empty());
    }

    /** Where an unusable database file goes: beside it, named for when it was moved. */
    Path aside(Path database) {
        return database.resolveSibling(database.getFileName() + ".damaged-" + STAMP.format(clock.instant()));
    }

    private static String unusable(DataFolderState state, Launch launch) {
        String file = "the database file " + launch.database().map(Path::toString).orElse("") + " ";
        String what = switch (state.kind()) {
            case EMPTY_FILE -> file + "is empty (0 bytes): none of your data is in it.";
            case NOT_A_DATABASE -> file + "is not a database: " + state.detail() + ".";
            default -> file + "is damaged and cannot be read in full (" + state.detail() + ").";
        };
        return "Tropa will not start: " + what + " Nothing was changed or deleted.";
    }

    private List<String> howToStartAgain(Launch launch, Optional<Found> newest, int backupCount) {
        Path database = launch.database().orElseThrow();
        if (newest.isPresent()) {
            Found b = newest.get();
            return List.of("The newest automatic backup is " + b.path() + ", made " + when(b.file().createdAt(), launch)
                    + "; anything written after it is not in it.",
                    "To start again with it (the damaged file is kept: moved aside as " + database.getFileName()
                            + ".damaged-<date and time>):",
                    "  " + command(launch, launch.defaultDataDir() ? List.of() : List.of("-Dtropa.data-dir="
                            + launch.dataDir()), "-Dtropa.restore-from=" + b.path()));
        }
        return List.of(backupCount == 0 ? "There is no automatic backup in " + launch.backups() + " to start again with."
                        : "None of the " + backupCount + " automatic backups in " + launch.backups()
                                + " can be read in full.",
                "To start with an empty database, move the file aside (nothing is deleted), then start Tropa again:",
                "  " + launch.move() + " " + argument(database.toString(), launch) + " "
                        + argument(aside(database).toString(), launch),
                "A backup you downloaded from /export can be restored instead: " + command(launch,
                        launch.defaultDataDir() ? List.of() : List.of("-Dtropa.data-dir=" + launch.dataDir()),
                        "-Dtropa.restore-from=<that file>"));
    }

    private List<String> notWritable(DataFolderState state, Launch launch, Optional<Found> newest) {
        List<String> lines = new ArrayList<>();
        lines.add("Tropa will not start: the data folder " + launch.dataDir() + " cannot be written to ("
                + state.detail() + "). Nothing in it was changed.");
        newest.ifPresent(b -> lines.add("Its newest automatic backup is " + b.path() + ", made "
                + when(b.file().createdAt(), launch) + "."));
        lines.add("Make it a folder that the user who runs Tropa can write to, or start with another data folder:");
        lines.add("  " + launch.tropa() + " -Dtropa.data-dir=<another folder>");
        return lines;
    }

    private static List<String> inUse(Launch launch) {
        return List.of("Tropa will not start: the database file " + launch.database().map(Path::toString).orElse("")
                        + " is open in another program, most likely a Tropa already running on this data folder. "
                        + "Nothing was changed.",
                "Use that one (or stop it first), or start this one with another data folder:",
                "  " + launch.tropa() + " -Dtropa.data-dir=<another folder>");
    }

    /** A backup that restores, with its file. */
    private record Found(BackupFile file, Path path) {
    }

    /** The newest backup that is not empty and reads in full. */
    private static Optional<Found> newest(Launch launch, List<BackupFile> backups, BackupCheck check) {
        for (BackupFile b : backups) {
            Path path = launch.backups().resolve(b.name());
            if (b.size() > 0 && check.problem(path).isEmpty()) {
                return Optional.of(new Found(b, path));
            }
        }
        return Optional.empty();
    }

    /** "2026-12-03 10:20 Europe/Moscow (3 hours ago)". */
    String when(Instant at, Launch launch) {
        String zone = launch.zone().normalized().equals(ZoneOffset.UTC) ? "UTC" : launch.zone().getId();
        return WHEN.format(at.atZone(launch.zone())) + " " + zone + " (" + ago(Duration.between(at, clock.instant()))
                + ")";
    }

    static String ago(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 1) {
            return "less than a minute ago";
        }
        if (minutes < 60) {
            return count(minutes, "minute") + " ago";
        }
        if (minutes < 48 * 60) {
            return count(minutes / 60, "hour") + " ago";
        }
        return count(minutes / (24 * 60), "day") + " ago";
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String command(Launch launch, List<String> before, String option) {
        StringBuilder line = new StringBuilder(launch.tropa());
        for (String o : before) {
            line.append(' ').append(argument(o, launch));
        }
        return line.append(' ').append(option.endsWith("<that file>") ? option : argument(option, launch)).toString();
    }

    /** One argument for the learner's shell: quoted only when it has to be. */
    static String argument(String value, Launch launch) {
        if ((launch.windows() ? PLAIN_ON_WINDOWS : PLAIN).matcher(value).matches()) {
            return value;
        }
        return launch.windows() ? '"' + value + '"' : "'" + value.replace("'", "'\\''") + "'";
    }
}
