package app.tropa.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backup format on its own, without a database: what is written is read back unchanged. */
class BackupFormatTest {

    @Provide
    Arbitrary<BackupContent> backups() {
        return BackupArbitraries.backups(true);
    }

    @Property(tries = 300)
    void shouldReadBackEveryRecordItWrote(@ForAll("backups") BackupContent backup) throws IOException {
        BackupContent read = BackupReader.standard().read(new ByteArrayInputStream(write(backup)));

        assertSame(backup, read);
    }

    @Property(tries = 100)
    void shouldWriteDocumentsTheShippedSchemaAccepts(@ForAll("backups") BackupContent backup) throws IOException {
        JsonNode document = BackupJson.mapper().readTree(write(backup));

        assertEquals(java.util.Set.of(), BackupSchema.get().checkDocument(document));
    }

    @Example
    void shouldReadAnEmptyBackupWithNoSectionsAtAll() {
        String json = "{\"format\":\"tropa-backup\",\"schemaVersion\":1}";

        BackupContent read = BackupReader.standard().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        for (Section s : Section.values()) {
            assertEquals(0, read.size(s), s.key());
        }
        assertTrue(read.settings().isEmpty());
    }

    @Example
    void shouldWriteTheHeaderFirstAndCyrillicAsIs() throws IOException {
        BackupContent c = new BackupContent(new BackupContent.Header(1, Instant.parse("2026-11-20T10:00:00Z"), "abc",
                "Europe/Moscow"), java.util.Map.of());
        c.add(Section.OWN_TERMS, new Records.OwnTerm("gorizont", "Горизонт", "дыхание модели 🙂", "integration",
                Instant.parse("2026-11-20T10:00:00.123456Z")));

        String text = new String(write(c), StandardCharsets.UTF_8);

        assertTrue(text.startsWith("{\n  \"format\" : \"tropa-backup\",\n  \"schemaVersion\" : 1,\n  \"exportedAt\" : "
                + "\"2026-11-20T10:00:00Z\""), text);
        assertTrue(text.contains("\"definition\" : \"дыхание модели 🙂\""), text);
        assertTrue(text.contains("\"createdAt\" : \"2026-11-20T10:00:00.123456Z\""), text);
    }

    static byte[] write(BackupContent backup) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BackupWriter.write(backup.asSource(), out);
        return out.toByteArray();
    }

    static void assertSame(BackupContent expected, BackupContent actual) {
        assertEquals(expected.settings(), actual.settings(), "settings");
        for (Section s : Section.values()) {
            assertEquals(expected.list(s), actual.list(s), s.key());
        }
    }
}
