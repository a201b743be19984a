package app.tropa.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a whole backup and checks it before anything is applied: the JSON itself, the header,
 * every record against the JSON Schema (after bringing an older version up to date), the text
 * (no NUL, no broken surrogate pairs), then the references between records. Records are read one
 * at a time with the streaming parser; only the typed records are kept.
 */
public final class BackupReader {

    /** The default of {@code tropa.limits.import-records}. */
    public static final int MAX_RECORDS = 200_000;

    private final BackupMigrations migrations;
    private final BackupSchema schema;
    private final int maxRecords;
    private final ObjectMapper mapper = BackupJson.mapper();

    public BackupReader(BackupMigrations migrations, int maxRecords) {
        this.migrations = migrations;
        this.schema = BackupSchema.get();
        this.maxRecords = maxRecords;
    }

    public static BackupReader standard() {
        return standard(MAX_RECORDS);
    }

    public static BackupReader standard(int maxRecords) {
        return new BackupReader(BackupMigrations.standard(), maxRecords);
    }

    /** A record as found in the file, kept until the file's schema version is known. */
    private record Pending(String key, int index, JsonNode node) {
    }

    /** What the top level of the file said so far. */
    private static final class Top {
        String format;
        Integer version;
        Instant exportedAt;
        String curriculumVersion;
        String timeZone;
        JsonNode settings;
        final List<Pending> pending = new ArrayList<>();
        final Map<Section, List<Object>> records = new LinkedHashMap<>();
        int count;
    }

    public BackupContent read(InputStream in) {
        BackupProblems problems = new BackupProblems();
        Top top = new Top();
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            try {
                readDocument(p, top, problems);
            } catch (JsonProcessingException e) {
                problems.add(truncated(e) ? "truncated-json" : "malformed-json",
                        BackupJson.place(p.getParsingContext()), parseMessage(e));
                problems.throwIfAny();
            }
        } catch (IOException e) {
            throw BackupProblems.single("unreadable", "$", "The file could not be read to the end.");
        }
        BackupContent content = assemble(top, problems);
        problems.throwIfAny();
        BackupChecks.check(content, problems);
        problems.throwIfAny();
        return content;
    }

    private void readDocument(JsonParser p, Top top, BackupProblems problems) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw BackupProblems.single("empty-file", "$", "The file is empty; a Tropa backup is a JSON object.");
        }
        if (t != JsonToken.START_OBJECT) {
            throw notABackup("it starts with " + describe(t) + " instead of an object ({…})");
        }
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            field(p, name, top, problems);
            if (problems.isFull()) {
                problems.throwIfAny();
            }
        }
        if (p.nextToken() != null) {
            throw BackupProblems.single("malformed-json", "$", "There is more after the backup's closing brace "
                    + "(line " + p.currentLocation().getLineNr() + "); a backup is exactly one JSON object.");
        }
    }

    private void field(JsonParser p, String name, Top top, BackupProblems problems) throws IOException {
        String place = "$." + name;
        switch (name) {
            case "format" -> {
                top.format = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : describe(p.currentToken());
                if (!BackupJson.FORMAT.equals(top.format)) {
                    throw BackupProblems.single("wrong-format", place, "format is " + quoted(p) + "; a Tropa backup "
                            + "says \"" + BackupJson.FORMAT + "\". This file is not a Tropa backup.");
                }
            }
            case "schemaVersion" -> top.version = version(p, place);
            case "exportedAt" -> top.exportedAt = instant(p, place, problems);
            case "curriculumVersion" -> top.curriculumVersion = optionalText(p, place, problems);
            case "timeZone" -> top.timeZone = optionalText(p, place, problems);
            case Section.SETTINGS -> top.settings = mapper.readTree(p);
            default -> section(p, name, top, problems);
        }
    }

    private int version(JsonParser p, String place) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw BackupProblems.single("unknown-schema-version", place, "schemaVersion is " + quoted(p)
                    + "; it must be a whole number such as " + migrations.current() + ".");
        }
        long v = p.getLongValue();
        if (v < migrations.oldest() || v > migrations.current()) {
            String range = migrations.oldest() == migrations.current() ? "version " + migrations.current()
                    : "versions " + migrations.oldest() + " to " + migrations.current();
            String hint = v > migrations.current() ? " It was written by a newer Tropa: update Tropa to import it."
                    : "";
            throw BackupProblems.single("unknown-schema-version", place, "schemaVersion " + v + " is not known: this "
                    + "Tropa reads " + range + "." + hint);
        }
        return (int) v;
    }

    private void section(JsonParser p, String name, Top top, BackupProblems problems) throws IOException {
        String key = top.version == null ? name : migrations.sectionKey(top.version, name);
        if (Section.byKey(key).isEmpty()) {
            problems.add("unknown-field", "$." + name, "A Tropa backup has no field '" + name + "'.");
            p.skipChildren();
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            problems.add("wrong-type", "$." + name, name + " must be an array ([…]); it is " + describe(p.currentToken())
                    + ".");
            p.skipChildren();
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (++top.count > maxRecords) {
                throw tooMany("$." + name + "[" + index + "]");
            }
            JsonNode node = mapper.readTree(p);
            if (top.version == null) {
                top.pending.add(new Pending(name, index, node));
            } else {
                record(top, name, index, node, problems);
            }
            index++;
            if (problems.isFull()) {
                return;
            }
        }
    }

    private BackupProblems.Invalid tooMany(String place) {
        return BackupProblems.single("too-many-records", place, "This file holds more than " + maxRecords
                + " records, more than Tropa reads in one import (tropa.limits.import-records); nothing was changed. "
                + "A backup Tropa wrote holds one record per entry, revision, review and the like.");
    }

    private void record(Top top, String key, int index, JsonNode raw, BackupProblems problems) {
        Section section = Section.byKey(migrations.sectionKey(top.version, key)).orElseThrow();
        String place = "$." + key + "[" + index + "]";
        if (!raw.isObject()) {
            problems.add("wrong-type", place, "Each item of " + key + " must be an object ({…}).");
            return;
        }
        JsonNode node = migrations.record(top.version, key, raw);
        BackupProblems own = new BackupProblems();
        schema.check(section, node, place, own);
        TextCheck.check(node, place, own);
        if (own.isEmpty()) {
            try {
                Object value = mapper.treeToValue(node, section.type());
                ColumnLimits.check(section, value, place, own);
                top.records.computeIfAbsent(section, s -> new ArrayList<>()).add(value);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                own.add("invalid-value", place, "This record could not be read.");
            }
        }
        own.items().forEach(i -> problems.add(i.error(), i.place(), i.message()));
    }

    private BackupContent assemble(Top top, BackupProblems problems) {
        if (top.format == null) {
            throw notABackup("it has no \"format\": \"" + BackupJson.FORMAT + "\" field");
        }
        if (top.version == null) {
            throw BackupProblems.single("unknown-schema-version", "$", "schemaVersion is missing; a Tropa backup "
                    + "names the version of its format, e.g. \"schemaVersion\": " + migrations.current() + ".");
        }
        for (Pending pending : top.pending) {
            record(top, pending.key(), pending.index(), pending.node(), problems);
        }
        Map<String, String> settings = settings(top, problems);
        BackupContent content = new BackupContent(new BackupContent.Header(migrations.current(),
                top.exportedAt, top.curriculumVersion, top.timeZone), settings);
        top.records.forEach((section, list) -> list.forEach(r -> content.add(section, r)));
        return content;
    }

    private Map<String, String> settings(Top top, BackupProblems problems) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (top.settings == null || top.settings.isNull()) {
            return settings;
        }
        BackupProblems own = new BackupProblems();
        schema.checkSettings(top.settings, "$.settings", own);
        TextCheck.check(top.settings, "$.settings", own);
        if (own.isEmpty()) {
            Iterator<Map.Entry<String, JsonNode>> fields = top.settings.fields();
            fields.forEachRemaining(f -> settings.put(f.getKey(), f.getValue().asText()));
        }
        own.items().forEach(i -> problems.add(i.error(), i.place(), i.message()));
        return migrations.settings(top.version, settings);
    }

    private static Instant instant(JsonParser p, String place, BackupProblems problems) throws IOException {
        String text = optionalText(p, place, problems);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            problems.add("invalid-value", place, "'" + text + "' is not a moment such as 2026-11-20T10:00:00Z.");
            return null;
        }
    }

    private static String optionalText(JsonParser p, String place, BackupProblems problems) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.VALUE_STRING) {
            problems.add("wrong-type", place, place.substring(2) + " must be text; it is " + describe(t) + ".");
            p.skipChildren();
            return null;
        }
        return p.getText();
    }

    private static BackupProblems.Invalid notABackup(String why) {
        return BackupProblems.single("wrong-format", "$", "This file is not a Tropa backup: " + why + ".");
    }

    private static String quoted(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return t == JsonToken.VALUE_STRING ? "\"" + p.getText() + "\"" : t.isScalarValue() ? p.getText() : describe(t);
    }

    static String describe(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }

    /** The input ended inside the JSON; databind reports that with its own exception type. */
    private static boolean truncated(JsonProcessingException e) {
        return e instanceof JsonEOFException || e.getCause() instanceof JsonEOFException
                || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
    }

    private static String parseMessage(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        if (truncated(e)) {
            return "The file ends in the middle of the JSON" + where + ": it looks cut off. Nothing was imported.";
        }
        return "The file is not valid JSON" + where + ": " + e.getOriginalMessage();
    }
}
