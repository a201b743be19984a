package app.tropa.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void shouldRenderMarkdown() {
        String html = renderer.toHtml("## Title\n\nSome *emphasis* and [a link](https://example.org/).");

        assertTrue(html.contains("<h2>Title</h2>"), html);
        assertTrue(html.contains("<em>emphasis</em>"), html);
        assertTrue(html.contains("href=\"https://example.org/\""), html);
    }

    @Test
    void shouldEscapeRawHtml() {
        String html = renderer.toHtml("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>");

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void shouldDropUnsafeLinkSchemes() {
        String html = renderer.toHtml("[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1)) [z](data:text/html,hi) "
                + "![i](data:image/png;base64,AAAA) [e](&#x6A;avascript:alert(1))");

        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
    }

    @Test
    void shouldKeepRelativeAndMailtoLinks() {
        String html = renderer.toHtml("[n](/path/a) [m](mailto:me@example.org) [q](/search?q=a:b)");

        assertTrue(html.contains("href=\"/path/a\""), html);
        assertTrue(html.contains("href=\"mailto:me@example.org\""), html);
        assertTrue(html.contains("href=\"/search?q=a:b\""), html);
    }

    @Test
    void aCodeBlockCanBeReachedByKeyboardToScrollIt() {
        String html = new MarkdownRenderer().toHtml("```bash\nllama-server -m model.gguf --port 8081\n```");
        org.junit.jupiter.api.Assertions.assertTrue(html.startsWith("<pre tabindex=\"0\"><code"), html);
    }
}
