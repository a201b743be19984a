package app.tropa.curriculum;

import app.tropa.web.MarkdownRenderer;
import app.tropa.web.Msg;
import app.tropa.web.Page;
import app.tropa.web.RequestLang;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The path pages: the phase × rung map and one page per node. */
@Path("/path")
@Produces(MediaType.TEXT_HTML)
public class PathResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance map(Page page, PathView.Map map);

        static native TemplateInstance node(Page page, PathView.NodePage view);
    }

    @Inject
    CurriculumSource source;

    @Inject
    RequestLang lang;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    Msg msg;

    @GET
    public TemplateInstance map() {
        Page page = new Page(lang.get(), msg.path_title(), "path");
        return Templates.map(page, PathView.map(source.get())).setLocale(page.lang().locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance node(@PathParam("id") String id) {
        Curriculum curriculum = source.get();
        Node node = curriculum.node(id).orElseThrow(() -> CurriculumResource.unknownNode(id));
        Page page = new Page(lang.get(), node.title().in(lang.get()), "path");
        String body = markdown.toHtml(node.body().in(page.lang()));
        return Templates.node(page, PathView.node(curriculum, node, body)).setLocale(page.lang().locale());
    }
}
