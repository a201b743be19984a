package app.tropa.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test helper: small edits and comparisons of backup JSON. */
final class SampleJson {

    private SampleJson() {
    }

    static JsonNode tree(String json) {
        try {
            return BackupJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The backup without its export time, as text, for comparing two exports. */
    static String withoutExportedAt(String json) {
        ObjectNode doc = (ObjectNode) tree(json);
        doc.remove("exportedAt");
        return doc.toPrettyString();
    }

    /** Only what the learner made: settings and every section, without the header. */
    static String withoutHeader(String json) {
        ObjectNode doc = (ObjectNode) tree(json);
        for (String field : new String[] {"format", "schemaVersion", "exportedAt", "curriculumVersion", "timeZone"}) {
            doc.remove(field);
        }
        return doc.toPrettyString();
    }

    static int count(String json, String section) {
        return tree(json).get(section).size();
    }

    static String with(ObjectNode doc, String field, int value) {
        ObjectNode copy = doc.deepCopy();
        copy.put(field, value);
        return copy.toString();
    }
}
