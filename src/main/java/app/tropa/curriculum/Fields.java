package app.tropa.curriculum;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads typed fields out of a parsed YAML mapping and records a problem, naming the file and
 * the field, for every field that is missing or of the wrong shape. Never throws.
 */
final class Fields {

    private final JsonNode node;
    private final String file;
    private final String prefix;
    private final List<CurriculumProblem> problems;

    Fields(JsonNode node, String file, String prefix, List<CurriculumProblem> problems) {
        this.node = node;
        this.file = file;
        this.prefix = prefix;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    void problem(String reason) {
        problems.add(new CurriculumProblem(file, reason));
    }

    private String name(String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    String string(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            if (required) {
                problem("missing required field '" + name(field) + "'");
            }
            return null;
        }
        if (!value.isValueNode()) {
            problem("field '" + name(field) + "' must be a single value");
            return null;
        }
        return value.asText().strip();
    }

    Integer integer(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem("missing required field '" + name(field) + "'");
            }
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            problem("field '" + name(field) + "' must be a whole number");
            return null;
        }
        return value.asInt();
    }

    Double number(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber() || value.asDouble() <= 0) {
            problem("field '" + name(field) + "' must be a positive number");
            return null;
        }
        return value.asDouble();
    }

    /** A map with {@code en} and {@code ru}; English is always required when the field is. */
    Text text(String field, boolean required, boolean russianRequired) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problem("missing required field '" + name(field) + "'");
            }
            return required ? null : Text.EMPTY;
        }
        return text(value, name(field), russianRequired);
    }

    Text text(JsonNode value, String where, boolean russianRequired) {
        if (!value.isObject()) {
            problem("field '" + where + "' must have 'en' and 'ru' texts");
            return null;
        }
        Fields lang = new Fields(value, file, where, problems);
        String en = lang.string("en", true);
        String ru = lang.string("ru", russianRequired);
        return en == null ? null : new Text(en, ru);
    }

    List<String> strings(String field) {
        return list(field, (item, where) -> {
            if (!item.isValueNode() || item.asText().isBlank()) {
                problem("'" + where + "' must be a non-empty value");
                return null;
            }
            return item.asText().strip();
        });
    }

    interface ItemReader<T> {
        T read(JsonNode item, String where);
    }

    <T> List<T> list(String field, ItemReader<T> reader) {
        JsonNode value = node.get(field);
        List<T> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            problem("field '" + name(field) + "' must be a list");
            return items;
        }
        for (int i = 0; i < value.size(); i++) {
            T item = reader.read(value.get(i), name(field) + "[" + i + "]");
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    Fields nested(JsonNode child, String where) {
        return new Fields(child, file, where, problems);
    }

    <T> T mapped(String field, Function<Fields, T> reader) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            return null;
        }
        return reader.apply(nested(value, name(field)));
    }
}
