package app.tropa.exchange;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Text an import may store: any Unicode, but no NUL character (PostgreSQL refuses it, and no
 * one types it) and no half of a surrogate pair (it is not a character, and cannot be written
 * back as UTF-8).
 */
final class TextCheck {

    private TextCheck() {
    }

    static void check(JsonNode node, String place, BackupProblems problems) {
        if (node.isTextual()) {
            text(node.textValue(), place, problems);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), place + "[" + i + "]", problems);
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                check(f.getValue(), place + "." + f.getKey(), problems);
            }
        }
    }

    static void text(String s, String place, BackupProblems problems) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                problems.add("invalid-text", place, "The text holds a NUL character (\\u0000) at position " + i
                        + "; Tropa cannot store it.");
                return;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add("invalid-text", place, "The text holds half of a surrogate pair at position " + i
                        + ", which is not a character; was the file cut or converted badly?");
                return;
            }
        }
    }
}
