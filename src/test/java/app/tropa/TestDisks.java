package app.tropa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Test helper for faults of the file system: a small tmpfs (where the test runs as root), one
 * filled to the last byte, one made read-only, and a copy of a data folder.
 */
public final class TestDisks {

    private TestDisks() {
    }

    /** Mounts a tmpfs of {@code size} (e.g. "16m") on {@code folder}; false where this machine does not allow it. */
    public static boolean mountTmpfs(Path folder, String size) throws IOException {
        Files.createDirectories(folder);
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString());
    }

    public static boolean remountReadOnly(Path folder) {
        return run("mount", "-o", "remount,ro", folder.toString());
    }

    public static void unmount(Path folder) {
        run("umount", folder.toString());
    }

    /** Writes {@code file} until the file system has no space left. */
    public static void fill(Path file) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the file system is full now, which is the point
        }
    }

    public static Path copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Runs a system command; its output is printed when it fails, so a skipped test says why. */
    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = p.waitFor();
            if (status != 0) {
                System.out.println(String.join(" ", command) + ": " + out.strip());
            }
            return status == 0;
        } catch (IOException noSuchCommand) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
