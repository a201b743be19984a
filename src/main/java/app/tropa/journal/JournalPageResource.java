package app.tropa.journal;

import app.tropa.http.Flag;

import app.tropa.i18n.Lang;
import app.tropa.platform.LearnerTime;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
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
import java.time.LocalDate;
import java.util.List;

/**
 * The journal pages: write and find entries, one entry with its revisions, and the trash. Plain
 * forms, post then redirect; a refused save shows the form again with the text as sent.
 */
@Path("/journal")
@Produces(MediaType.TEXT_HTML)
public class JournalPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance journal(Page page, JournalView.ListPage view);

        static native TemplateInstance entry(Page page, JournalView.EntryPage view);

        static native TemplateInstance trash(Page page, JournalView.TrashPage view);
    }

    @Inject
    JournalService journal;

    @Inject
    LetterService letters;

    @Inject
    TodayQuestion question;

    @Inject
    JournalPages views;

    @Inject
    LearnerTime time;

    @Inject
    Pages pages;

    @Inject
    jakarta.enterprise.inject.Instance<TalkFinder> talkFinder;


    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("tag") String tag,
            @QueryParam("nodeId") String nodeId, @QueryParam("termId") String termId, @QueryParam("kind") String kind,
            @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("page") @Min(1) Integer page,
            @QueryParam("saved") String saved, @QueryParam("talks") Flag talks) {
        SearchQuery query = SearchQuery.of(q, tag, nodeId, termId, kind, from, to, page, null);
        return listPage(query, new JournalView.Form(EntryForm.empty(time.today().toString()), null), saved,
                Flag.on(talks));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam EntryForm form) {
        try {
            JournalJson.Entry entry = journal.create(form.toInput());
            String saved = form.draftId() == null ? "" : "?saved=" + form.draftId();
            return Response.seeOther(URI.create("/journal/" + entry.id() + saved)).build();
        } catch (Problem e) {
            JournalView.Form failed = new JournalView.Form(form, refusal(e, EntryForm.lf(form.body)));
            SearchQuery none = SearchQuery.of(null, null, null, null, null, null, null, null, null);
            return Response.status(e.status()).entity(listPage(none, failed, null, false)).build();
        }
    }

    private TemplateInstance listPage(SearchQuery query, JournalView.Form form, String saved, boolean searchTalks) {
        Lang lang = pages.lang();
        Page page = pages.page(words().journal_title(), "journal");
        List<TalkFinder.Hit> talkHits = searchTalks && query.q() != null && talkFinder.isResolvable()
                ? talkFinder.get().find(query.terms()) : List.of();
        JournalView.ListPage view = views.list(lang, question.prompt(lang), form, query, journal.search(query),
                query.q() == null ? List.of() : letters.searchOpen(query.terms()), journal.trashCount(),
                draftOf(saved), searchTalks, talkHits);
        return Templates.journal(page, view).setLocale(lang.locale());
    }

    @GET
    @Path("/trash")
    public TemplateInstance trash() {
        return trashPage(null);
    }

    @POST
    @Path("/trash/empty")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response emptyTrash(@RestForm String confirm) {
        if (!"yes".equals(confirm)) {
            return Response.status(400).entity(trashPage(new JournalView.FormError("confirm",
                    words().trash_confirm_missing()))).build();
        }
        journal.emptyTrash();
        return Response.seeOther(URI.create("/journal/trash")).build();
    }

    private TemplateInstance trashPage(JournalView.FormError error) {
        Lang lang = pages.lang();
        Page page = pages.page(words().trash_title(), "journal");
        List<JournalView.Card> cards = journal.trashed().stream()
                .map(e -> views.card(lang, words(), e, List.of())).toList();
        return Templates.trash(page, new JournalView.TrashPage(cards, error)).setLocale(lang.locale());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance entry(@PathParam("id") long id, @QueryParam("saved") String saved) {
        JournalJson.Entry entry = journal.get(id);
        return entryPage(entry, new JournalView.Form(EntryForm.of(entry), null), draftOf(saved));
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, @BeanParam EntryForm form) {
        try {
            journal.update(id, form.toInput());
            return Response.seeOther(URI.create("/journal/" + id)).build();
        } catch (Problem e) {
            JournalView.Form failed = new JournalView.Form(form, refusal(e, EntryForm.lf(form.body)));
            return Response.status(e.status()).entity(entryPage(journal.get(id), failed, null)).build();
        }
    }

    private TemplateInstance entryPage(JournalJson.Entry entry, JournalView.Form form, String saved) {
        Lang lang = pages.lang();
        JournalView.EntryPage view = views.entry(lang, entry, form, journal.revisions(entry.id()), saved);
        Page page = pages.page(view.title(), "journal");
        return Templates.entry(page, view).setLocale(lang.locale());
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id) {
        journal.trash(id);
        return Response.seeOther(URI.create("/journal/" + id)).build();
    }

    @POST
    @Path("/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id) {
        journal.restore(id);
        return Response.seeOther(URI.create("/journal/" + id)).build();
    }

    @POST
    @Path("/{id}/revisions/{revision}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restoreRevision(@PathParam("id") long id, @PathParam("revision") int revision) {
        journal.restoreRevision(id, revision);
        return Response.seeOther(URI.create("/journal/" + id + "#revisions-heading")).build();
    }

    /** The refusal in the page's language, beside the field it names. */
    private JournalView.FormError refusal(Problem e, String body) {
        if (!e.keepsForm()) {
            throw e;
        }
        JournalView.FormError refusal = JournalWords.refusal(e, words(), body);
        return new JournalView.FormError(refusal.field(), pages.refusal(e, p -> refusal.message()));
    }

    private JournalMsg words() {
        return JournalWords.msg(pages.lang());
    }

    /** Only a name the draft script could have made reaches the page. */
    static String draftOf(String saved) {
        EntryForm probe = new EntryForm();
        probe.draft = saved;
        return probe.draftId();
    }
}
