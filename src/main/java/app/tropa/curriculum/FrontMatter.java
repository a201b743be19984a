package app.tropa.curriculum;

import java.util.Optional;

/**
 * Splits a node file into its YAML front matter and its Markdown body, by the usual convention:
 * the file opens with a line {@code ---} and the front matter ends at the next such line.
 * The YAML itself is parsed by Jackson; this only finds where it is.
 */
record FrontMatter(String yaml, String body) {

    static Optional<FrontMatter> split(String content) {
        String text = content.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            if (text.endsWith("\n---")) {
                return Optional.of(new FrontMatter(text.substring(4, text.length() - 4), ""));
            }
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(text.substring(4, end + 1), text.substring(end + 5)));
    }
}
