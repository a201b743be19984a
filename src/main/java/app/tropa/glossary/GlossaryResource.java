package app.tropa.glossary;

import app.tropa.i18n.Lang;
import app.tropa.http.Flag;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/**
 * The glossary pages: every term with the learner's metaphors, and one page per term with the
 * metaphor's timeline and the concept card. Plain forms: post, then redirect back.
 */
@Path("/glossary")
@Produces(MediaType.TEXT_HTML)
public class GlossaryResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance glossary(Page page, GlossaryView.ListPage view);

        static native TemplateInstance term(Page page, GlossaryView.TermPage view);
    }

    @Inject
    GlossaryService glossary;

    @Inject
    GlossaryViews views;

    @Inject
    Pages pages;


    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("nodeId") String nodeId,
            @QueryParam("phase") String phase, @QueryParam("hasMetaphor") Flag hasMetaphor,
            @QueryParam("mine") Flag mine) {
        TermSearch.Query query = new TermSearch.Query(blankToNull(q), blankToNull(nodeId), blankToNull(phase),
                Flag.on(hasMetaphor), Flag.on(mine));
        return listPage(query, GlossaryView.AddForm.EMPTY);
    }

    private TemplateInstance listPage(TermSearch.Query query, GlossaryView.AddForm add) {
        Lang lang = pages.lang();
        Page page = pages.page(GlossaryWords.msg(lang).glossary_title(), "glossary");
        return Templates.glossary(page, views.list(query, lang, add)).setLocale(lang.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String title, @RestForm String definition) {
        try {
            GlossaryTerm term = glossary.create(title, definition);
            return Response.seeOther(URI.create("/glossary/" + term.id())).build();
        } catch (Problem e) {
            if (!e.keepsForm() && e.status() != 409) {
                throw e;
            }
            Object existing = e.status() == 409 ? e.details().get("id") : null;
            GlossaryView.AddForm add = new GlossaryView.AddForm(orEmpty(title), orEmpty(definition),
                    error(e), GlossaryWords.field(e), existing == null ? null : existing.toString());
            return Response.status(e.status()).entity(listPage(TermSearch.Query.ALL, add)).build();
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance term(@PathParam("id") String id, @QueryParam("from") String from) {
        return termPage(id, "sample".equals(from), null, null);
    }

    private TemplateInstance termPage(String id, boolean fromSample, GlossaryView.MetaphorForm metaphor,
            GlossaryView.CardForm card) {
        Lang lang = pages.lang();
        GlossaryView.TermPage view = views.term(id, lang, fromSample, metaphor, card);
        Page page = pages.page(view.title(), "glossary");
        return Templates.term(page, view).setLocale(lang.locale());
    }

    @POST
    @Path("/{id}/metaphor")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeMetaphor(@PathParam("id") String id, @RestForm String text) {
        try {
            glossary.writeMetaphor(id, text);
        } catch (Problem e) {
            if (!e.keepsForm()) {
                throw e;
            }
            GlossaryView.MetaphorForm form = new GlossaryView.MetaphorForm(orEmpty(text), false, error(e));
            return Response.status(e.status()).entity(termPage(id, false, form, null)).build();
        }
        return backTo(id, "metaphor");
    }

    @POST
    @Path("/{id}/metaphor/{version}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restoreMetaphor(@PathParam("id") String id, @PathParam("version") int version) {
        glossary.restoreMetaphor(id, version);
        return backTo(id, "metaphor");
    }

    @POST
    @Path("/{id}/card")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response writeCard(@PathParam("id") String id, @RestForm String statement, @RestForm String example,
            @RestForm String counterexample, @RestForm String analogy, @RestForm String application) {
        ConceptCard card = new ConceptCard(statement, example, counterexample, analogy, application);
        try {
            glossary.writeCard(id, card);
        } catch (Problem e) {
            if (!e.keepsForm()) {
                throw e;
            }
            GlossaryView.CardForm form = GlossaryViews.cardForm(card, msg(), error(e), GlossaryWords.field(e));
            return Response.status(e.status()).entity(termPage(id, false, null, form)).build();
        }
        return backTo(id, "card");
    }

    @POST
    @Path("/{id}/card/{version}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restoreCard(@PathParam("id") String id, @PathParam("version") int version) {
        glossary.restoreCard(id, version);
        return backTo(id, "card");
    }

    private String error(Problem e) {
        return pages.refusal(e, p -> GlossaryWords.error(p, msg()));
    }

    private GlossaryMsg msg() {
        return GlossaryWords.msg(pages.lang());
    }

    private static Response backTo(String id, String anchor) {
        return Response.seeOther(URI.create("/glossary/" + id + "#" + anchor)).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
