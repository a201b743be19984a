package app.tropa.exchange;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** Damage done to an H2 database file the way a failing disk or a stray program would, for the tests. */
public final class H2Damage {

    private static final int BLOCK = 4096;

    private H2Damage() {
    }

    /**
     * Overwrites the inner blocks of every chunk (H2 writes the file as chunks of 4 KB blocks, each with a
     * header and a footer): bytes in the middle of the learner's data, while the file's length, its header
     * and every chunk's boundaries stay as they were, so H2 cannot fall back to an older state. Returns how
     * many bytes were overwritten.
     */
    public static long overwriteTheMiddleOfEveryChunk(Path database) throws IOException {
        long overwritten = 0;
        try (RandomAccessFile file = new RandomAccessFile(database.toFile(), "rw")) {
            long blocks = file.length() / BLOCK;
            byte[] head = new byte[64];
            byte[] junk = new byte[BLOCK];
            Arrays.fill(junk, (byte) 0x5A);
            for (long block = 2; block < blocks; block++) {
                file.seek(block * BLOCK);
                file.readFully(head);
                String header = new String(head, StandardCharsets.ISO_8859_1);
                if (!header.startsWith("chunk:")) {
                    continue;
                }
                long length = Long.parseLong(header.replaceAll("(?s).*?,len:([0-9a-f]+).*", "$1"), 16);
                for (long inner = block + 1; inner < block + length - 1 && inner < blocks; inner++) {
                    file.seek(inner * BLOCK);
                    file.write(junk);
                    overwritten += BLOCK;
                }
                block += Math.max(0, length - 1);
            }
        }
        return overwritten;
    }
}
