package app.tropa.http;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Markdown to HTML for lessons and the learner's own writing. Raw HTML in the source is escaped,
 * and links or images with any scheme but http, https and mailto lose their target, so
 * {@code javascript:} and {@code data:} never reach the page.
 */
@ApplicationScoped
public class MarkdownRenderer {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new SchemeSanitizer())
            .attributeProviderFactory(context -> new KeyboardScroll())
            .build();

    /**
     * A code block wider than the page scrolls sideways; without a place in the tab order a
     * keyboard user could never scroll it (axe: scrollable-region-focusable).
     */
    static final class KeyboardScroll implements org.commonmark.renderer.html.AttributeProvider {

        @Override
        public void setAttributes(org.commonmark.node.Node node, String tagName, Map<String, String> attributes) {
            if ("pre".equals(tagName)) {
                attributes.put("tabindex", "0");
            }
        }
    }

    /**
     * Rendering is a pure function of the text, and the same lessons and letters are shown on
     * every visit, so recent results are kept: up to about two million characters of source, then
     * dropped all at once. Longer texts than a lesson (a long journal entry) are not kept at all.
     */
    private static final int REMEMBERED_CHARS = 2_000_000;
    private static final int LONGEST_KEPT = 50_000;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();
    private final AtomicLong keptChars = new AtomicLong();

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = rendered.get(markdown);
        if (html != null) {
            return html;
        }
        html = renderer.render(parser.parse(markdown));
        if (markdown.length() <= LONGEST_KEPT) {
            if (keptChars.addAndGet(markdown.length()) > REMEMBERED_CHARS) {
                rendered.clear();
                keptChars.set(markdown.length());
            }
            rendered.put(markdown, html);
        }
        return html;
    }

    static final class SchemeSanitizer implements UrlSanitizer {

        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url) ? url : "";
        }

        static boolean safe(String url) {
            String compact = url.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
            int colon = compact.indexOf(':');
            if (colon < 0) {
                return true;
            }
            int slash = compact.indexOf('/');
            int query = compact.indexOf('?');
            int hash = compact.indexOf('#');
            boolean colonInPathOnly = (slash >= 0 && slash < colon) || (query >= 0 && query < colon)
                    || (hash >= 0 && hash < colon);
            return colonInPathOnly || SAFE_SCHEMES.contains(compact.substring(0, colon));
        }
    }
}
