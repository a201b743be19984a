package app.tropa.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a backup back found: whether it passed, when it was read, the file's size and
 * modification time then, how many records of each section it holds, and the first problem.
 *
 * <p>Kept beside the backup as {@code <name>.check} rather than found again whenever the list is
 * shown: reading a ten-year backup back takes seconds and holds it in memory, and the list is shown
 * on every visit to {@code /export}. The size and modification time it keeps tell when the file
 * changed since; such a backup (and one without a check, made by an older Tropa or put there by
 * hand) is read back again by {@link BackupSchedule} within the hour.
 */
public record BackupCheck(String backup, boolean passed, Instant checkedAt, long size, long modified,
        Map<String, Integer> records, String problem) {

    static final String SUFFIX = ".check";

    /**
     * Reads a backup that was just written and compares it with what was written: the whole file
     * through the import's own reader and checks, the header, and the number of records of every
     * section. Any difference fails it.
     */
    static BackupCheck verify(Path file, String name, BackupWriter.Written written, Instant now) {
        Read read = read(file);
        String problem = read.problem;
        if (problem == null) {
            problem = compare(written, read.content);
        }
        return new BackupCheck(name, problem == null, now, read.size, read.modified,
                read.content == null ? Map.of() : counts(read.content), problem);
    }

    /** Reads a backup made earlier, when what was written is not known: it passes when it reads whole. */
    static BackupCheck recheck(Path file, String name, Instant now) {
        Read read = read(file);
        return new BackupCheck(name, read.problem == null, now, read.size, read.modified,
                read.content == null ? Map.of() : counts(read.content), read.problem);
    }

    /** What this check says of the file as it is now. */
    BackupFile.Check state(long currentSize, long currentModified) {
        if (currentSize != size || currentModified != modified) {
            return BackupFile.Check.CHANGED;
        }
        return passed ? BackupFile.Check.VERIFIED : BackupFile.Check.FAILED;
    }

    static Path sidecar(Path backup) {
        return backup.resolveSibling(backup.getFileName() + SUFFIX);
    }

    void save(Path sidecar) throws IOException {
        DurableFiles.write(sidecar, out -> BackupJson.mapper().writeValue(out, this));
    }

    /** The check kept beside a backup, if there is one that can be read and names it. */
    static Optional<BackupCheck> load(Path sidecar, String name) {
        if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            BackupCheck check = BackupJson.mapper().readValue(Files.readAllBytes(sidecar), BackupCheck.class);
            return name.equals(check.backup()) ? Optional.of(check) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Read(BackupContent content, String problem, long size, long modified) {
    }

    private static Read read(Path file) {
        long size = -1;
        long modified = -1;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            size = attributes.size();
            modified = attributes.lastModifiedTime().toMillis();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return new Read(BackupReader.standard().read(in), null, size, modified);
            }
        } catch (BackupProblems.Invalid e) {
            BackupProblems.Item first = e.items().get(0);
            return new Read(null, first.place() + ": " + first.message(), size, modified);
        } catch (IOException e) {
            return new Read(null, "The file could not be read: " + e.getMessage(), size, modified);
        }
    }

    /** The first difference between what was written and what was read back, or null. */
    static String compare(BackupWriter.Written written, BackupContent read) {
        BackupContent.Header w = written.header();
        BackupContent.Header r = read.header();
        if (r.schemaVersion() != w.schemaVersion() || !Objects.equals(r.exportedAt(), w.exportedAt())
                || !Objects.equals(r.curriculumVersion(), w.curriculumVersion())
                || !Objects.equals(r.timeZone(), w.timeZone())) {
            return "The header read back (" + r + ") is not the one written (" + w + ").";
        }
        Map<String, Integer> found = counts(read);
        for (Map.Entry<String, Integer> count : written.counts().entrySet()) {
            int back = found.getOrDefault(count.getKey(), 0);
            if (back != count.getValue()) {
                return count.getKey() + ": " + count.getValue() + " written, " + back + " read back.";
            }
        }
        return null;
    }

    static Map<String, Integer> counts(BackupContent content) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put(Section.SETTINGS, content.settings().size());
        for (Section s : Section.values()) {
            counts.put(s.key(), content.size(s));
        }
        return counts;
    }
}
