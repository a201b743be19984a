package app.tropa.exchange;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The app's entry point. Before Quarkus opens the database (Flyway migrates at start), it looks at the
 * data folder ({@link DataFolderCheck}) and does what {@link StartupRescue} decides: a damaged database
 * file or a folder that cannot be written stops start-up with a few lines instead of a stack trace, and
 * {@code tropa.restore-from} moves an unusable file aside so that {@link StartupRestore} can import the
 * backup into a new database once the app is up. The configuration is already Quarkus' own here (system
 * properties, environment, {@code config/application.properties}, the bundled file).
 */
@QuarkusMain
public final class TropaMain {

    private TropaMain() {
    }

    public static void main(String... args) {
        boolean start;
        try {
            start = beforeStart(ConfigProvider.getConfig(), Clock.systemUTC(), System.err);
        } catch (RuntimeException e) {
            // The check is a safeguard: when it cannot run at all, the app starts as it did without it.
            System.err.println("Tropa could not check its data folder before starting (" + e.getMessage()
                    + "); starting anyway.");
            start = true;
        }
        if (!start) {
            System.exit(1);
        }
        Quarkus.run(args);
    }

    /** Looks, decides, prints; false when Tropa must not start. */
    static boolean beforeStart(Config config, Clock clock, PrintStream console) {
        Path dataDir = Path.of(config.getOptionalValue("tropa.data-dir", String.class).orElse("./data"))
                .toAbsolutePath().normalize();
        String url = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse("");
        DataFolderState state = DataFolderCheck.inspect(dataDir, url,
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(""),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        StartupRescue.Launch launch = new StartupRescue.Launch(dataDir,
                DataFolderCheck.databaseFile(url).map(p -> p.toAbsolutePath().normalize()),
                dataDir.equals(Path.of("./data").toAbsolutePath().normalize()),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), zone(config));
        Optional<Path> restoreFrom = config.getOptionalValue("tropa.restore-from", String.class)
                .filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath().normalize());
        Map<Path, BackupContent> read = new HashMap<>();
        StartupRescue.BackupCheck check = file -> {
            try (InputStream in = Files.newInputStream(file)) {
                BackupContent content = BackupReader.standard().read(in);
                if (restoreFrom.isPresent() && restoreFrom.get().equals(file)) {
                    read.put(file, content);
                }
                return Optional.empty();
            } catch (NoSuchFileException e) {
                return Optional.of("there is no such file");
            } catch (IOException e) {
                return Optional.of("it cannot be read: " + e.getMessage());
            } catch (BackupProblems.Invalid e) {
                return Optional.of("it is not a whole Tropa backup: " + e.getMessage().replaceFirst("^\\$: ", ""));
            }
        };
        StartupRescue.Outcome outcome = new StartupRescue(clock).decide(state, launch,
                backups(launch.dataDir().resolve("backups")), restoreFrom, check);
        if (outcome instanceof StartupRescue.Refuse refuse) {
            refuse.lines().forEach(console::println);
            return false;
        }
        if (outcome instanceof StartupRescue.Restore restore) {
            return restore(restore, read.get(restore.from()), launch, console);
        }
        ((StartupRescue.Start) outcome).notes().forEach(console::println);
        return true;
    }

    private static boolean restore(StartupRescue.Restore restore, BackupContent content, StartupRescue.Launch launch,
            PrintStream console) {
        Optional<Path> aside = Optional.empty();
        if (restore.aside().isPresent()) {
            Path database = launch.database().orElseThrow();
            Path target = free(restore.aside().get());
            try {
                Files.move(database, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                console.println("Tropa will not start: the damaged database file " + database + " could not be moved "
                        + "aside to " + target + " (" + e.getMessage() + "). Nothing was changed.");
                return false;
            }
            aside = Optional.of(target);
            console.println("Restoring from " + restore.from() + ": the damaged database file is moved aside to "
                    + target + ".");
        }
        StartupRestore.prepare(new StartupRestore.Pending(restore.from(), content, aside));
        return true;
    }

    /** The name itself, or with -2, -3… when a file of that name is already there. */
    private static Path free(Path wanted) {
        Path p = wanted;
        for (int n = 2; Files.exists(p); n++) {
            p = wanted.resolveSibling(wanted.getFileName() + "-" + n);
        }
        return p;
    }

    private static List<BackupFile> backups(Path folder) {
        return DataFolderCheck.files(folder).stream().flatMap(p -> BackupFile.parse(p.getFileName().toString(),
                size(p)).stream()).sorted(BackupFile.NEWEST_FIRST).toList();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static ZoneId zone(Config config) {
        try {
            return config.getOptionalValue("tropa.time-zone", String.class).map(ZoneId::of)
                    .orElse(ZoneId.systemDefault());
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }
}
