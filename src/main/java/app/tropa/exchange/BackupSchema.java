package app.tropa.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The shipped JSON Schema ({@value #RESOURCE}) applied to one record at a time: the same file
 * documents the format and checks every imported record's fields and types.
 */
public final class BackupSchema {

    public static final String RESOURCE = "exchange/tropa-backup.schema.json";

    private static final BackupSchema INSTANCE = new BackupSchema();

    private final Map<Section, JsonSchema> sections = new EnumMap<>(Section.class);
    private final JsonSchema settings;
    private final JsonSchema document;

    private BackupSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("urn:tropa:backup:2", "classpath:" + RESOURCE)));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).locale(Locale.ENGLISH).build();
        for (Section s : Section.values()) {
            sections.put(s, load(factory, config, "#/$defs/" + s.definition()));
        }
        settings = load(factory, config, "#/$defs/settings");
        document = load(factory, config, "");
    }

    private static JsonSchema load(JsonSchemaFactory factory, SchemaValidatorsConfig config, String fragment) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of("urn:tropa:backup:2" + fragment), config);
        schema.initializeValidators();
        return schema;
    }

    public static BackupSchema get() {
        return INSTANCE;
    }

    /** Adds a problem for each way the record breaks its section's definition; place is the record's. */
    public void check(Section section, JsonNode record, String place, BackupProblems problems) {
        report(sections.get(section).validate(record), place, problems);
    }

    public void checkSettings(JsonNode node, String place, BackupProblems problems) {
        report(settings.validate(node), place, problems);
    }

    /** Every problem of a whole document held in memory (for tests and tools, not for imports). */
    public Set<ValidationMessage> checkDocument(JsonNode node) {
        return document.validate(node);
    }

    private static String code(String keyword) {
        return switch (keyword) {
            case "required" -> "missing-field";
            case "additionalProperties" -> "unknown-field";
            case "type" -> "wrong-type";
            default -> "invalid-value";
        };
    }

    private static void report(Set<ValidationMessage> messages, String place, BackupProblems problems) {
        List<ValidationMessage> sorted = messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(m -> "type".equals(m.getType()) ? 0 : 1)
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
        for (ValidationMessage m : sorted) {
            String where = place + m.getInstanceLocation().toString().substring(1);
            problems.add(code(m.getType()), where, m.getError());
        }
    }
}
