package app.tropa.exchange;

import app.tropa.platform.TropaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Uploaded backups waiting for the learner to confirm their import after the dry-run report, in
 * {@code <data dir>/imports/} under random names. The confirm form sends only that random name,
 * which must have the shape of one and name a file there; uploads left for a day are removed.
 */
@ApplicationScoped
public class StagedImports {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Duration KEEP = Duration.ofDays(1);

    @Inject
    TropaConfig config;

    Path folder() {
        return Path.of(config.dataDir()).resolve("imports");
    }

    /** Keeps a copy of the upload; returns its id. */
    public String stage(Path upload) {
        try {
            Files.createDirectories(folder());
            removeOld();
            String id = UUID.randomUUID().toString();
            Files.copy(upload, folder().resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Path file = folder().resolve(id + ".json");
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(file) : Optional.empty();
    }

    public void discard(String id) {
        find(id).ifPresent(p -> {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void removeOld() throws IOException {
        FileTime before = FileTime.from(Instant.now().minus(KEEP));
        try (Stream<Path> files = Files.list(folder())) {
            for (Path p : files.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".json") && ID.matcher(name.substring(0, name.length() - 5)).matches()
                        && Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
