package app.tropa.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** What a text will look like once saved: the same safe Markdown rendering the pages use. */
@Path("/api/markdown/preview")
public class MarkdownResource {

    /** The longest text a preview takes: a journal entry's limit. */
    static final int MAX_TEXT = 1_000_000;

    @Inject
    MarkdownRenderer markdown;

    public record Text(String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> preview(Text input) {
        if (input == null || input.text() == null) {
            throw Problem.badRequest("invalid-text", "Send the text to preview in field 'text'.",
                    Map.of("field", "text"));
        }
        if (input.text().length() > MAX_TEXT) {
            throw Problem.badRequest("invalid-text", "A preview takes at most " + MAX_TEXT + " characters.",
                    Map.of("field", "text"));
        }
        return Map.of("html", markdown.toHtml(input.text()));
    }
}
