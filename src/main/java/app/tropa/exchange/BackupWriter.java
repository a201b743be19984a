package app.tropa.exchange;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a backup record by record with Jackson's streaming generator, so a long history never
 * has to sit in memory at once: only the page the source is reading.
 */
public final class BackupWriter {

    private static final int FLUSH_EVERY = 200;

    private BackupWriter() {
    }

    /**
     * What was written: the header and how many records of each section (and settings), so a
     * backup file can be read back and compared with it.
     */
    public record Written(BackupContent.Header header, Map<String, Integer> counts) {
    }

    public static Written write(BackupSource source, OutputStream out) throws IOException {
        ObjectMapper mapper = BackupJson.mapper();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            header(g, source.header());
            g.writeObjectFieldStart(Section.SETTINGS);
            for (Map.Entry<String, String> s : source.settings().entrySet()) {
                g.writeStringField(s.getKey(), s.getValue());
            }
            counts.put(Section.SETTINGS, source.settings().size());
            g.writeEndObject();
            for (Section section : Section.values()) {
                g.writeArrayFieldStart(section.key());
                int[] count = {0};
                source.each(section, record -> {
                    try {
                        mapper.writeValue(g, record);
                        if (++count[0] % FLUSH_EVERY == 0) {
                            g.flush();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                g.writeEndArray();
                counts.put(section.key(), count[0]);
            }
            g.writeEndObject();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Written(source.header(), counts);
    }

    private static void header(JsonGenerator g, BackupContent.Header h) throws IOException {
        g.writeStringField("format", BackupJson.FORMAT);
        g.writeNumberField("schemaVersion", h.schemaVersion());
        g.writeStringField("exportedAt", h.exportedAt().toString());
        g.writeStringField("curriculumVersion", h.curriculumVersion());
        g.writeStringField("timeZone", h.timeZone());
    }
}
