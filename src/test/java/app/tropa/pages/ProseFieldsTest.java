package app.tropa.pages;

import app.tropa.glossary.ConceptCard;
import app.tropa.http.TypedText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every box a learner writes prose in is one whose text a refused post shows back. */
class ProseFieldsTest {

    private static final Pattern TEXTAREA_NAME = Pattern.compile("<textarea[^>]*\\sname=\"([^\"{]+)\"");

    @Test
    void everyTextareaOfEveryTemplateIsAProseField() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEXTAREA_NAME.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        assertFalse(names.isEmpty(), "no textarea found: the templates moved?");
        List<String> missing = new ArrayList<>(names);
        missing.removeAll(TypedText.PROSE);
        assertEquals(List.of(), missing, "textareas whose text a refused post would not show back");
    }

    @Test
    void theConceptCardsFieldsAreProseFields() {
        List<String> missing = new ArrayList<>(ConceptCard.FIELDS);
        missing.removeAll(TypedText.PROSE);
        assertEquals(List.of(), missing);
    }
}
