package app.tropa.http;

import io.quarkus.arc.Arc;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateExtension;

/**
 * {@code {text.markdown}} in templates: the learner's short writings (metaphors, card fields) shown
 * as the same safe renderer shows journal entries, so the editors' preview tells the truth.
 */
@TemplateExtension
public final class MarkdownExtensions {

    private MarkdownExtensions() {
    }

    static RawString markdown(String text) {
        return new RawString(Arc.container().instance(MarkdownRenderer.class).get().toHtml(text));
    }
}
