package app.tropa.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Files that are either wholly there or not at all, even across a crash or a power cut: written
 * to a part file in the same folder, forced to the disk, renamed into place in one step, and the
 * folder forced too so the rename itself survives.
 */
final class DurableFiles {

    /** Part files start with this, so a listing never takes one for a backup. */
    static final String PART_PREFIX = ".writing-";
    static final String PART_SUFFIX = ".part";

    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private DurableFiles() {
    }

    /** A new part file in the folder, holding what the body wrote, on the disk when this returns. */
    static Path writePart(Path folder, Body body) throws IOException {
        Path part = Files.createTempFile(folder, PART_PREFIX, PART_SUFFIX);
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
            body.write(out);
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        return part;
    }

    /** Renames the part to its name in one step, then forces the folder so the new name is on the disk. */
    static void moveIntoPlace(Path part, Path target) throws IOException {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(target.getParent());
    }

    /** A whole small file written durably: part, force, rename, force the folder. */
    static void write(Path target, Body body) throws IOException {
        Path part = writePart(target.getParent(), body);
        try {
            moveIntoPlace(part, target);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Forces the folder's entries to the disk, so the rename survives a power cut. Linux allows it;
     * where the system refuses to open a folder as a channel (Windows), it is skipped.
     */
    static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform; the rename stands as the file system keeps it.
        }
    }
}
