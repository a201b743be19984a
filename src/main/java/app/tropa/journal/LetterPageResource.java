package app.tropa.journal;

import app.tropa.i18n.Lang;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;

/**
 * The letters page: open letters with their text, sealed ones as a date and a condition only,
 * and the form to write one. Showing an open letter here counts as reading it.
 */
@Path("/letters")
@Produces(MediaType.TEXT_HTML)
public class LetterPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance letters(Page page, JournalView.LettersPage view);
    }

    @Inject
    LetterService letters;

    @Inject
    JournalPages views;

    @Inject
    Pages pages;


    @GET
    public TemplateInstance list(@QueryParam("saved") String saved) {
        return page(LetterForm.empty(), null, JournalPageResource.draftOf(saved));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response write(@BeanParam LetterForm form) {
        try {
            JournalJson.Letter letter = letters.write(form.toInput());
            String saved = form.draftId() == null ? "" : "saved=" + form.draftId();
            return Response.seeOther(URI.create("/letters?" + saved + "#letter-" + letter.id())).build();
        } catch (Problem e) {
            if (!e.keepsForm()) {
                throw e;
            }
            JournalView.FormError refusal = JournalWords.refusal(e, JournalWords.msg(pages.lang()),
                    EntryForm.lf(form.body));
            JournalView.FormError error = new JournalView.FormError(refusal.field(),
                    pages.refusal(e, p -> refusal.message()));
            return Response.status(e.status()).entity(page(form, error, null)).build();
        }
    }

    private TemplateInstance page(LetterForm form, JournalView.FormError error, String saved) {
        Lang lang = pages.lang();
        List<Long> fresh = letters.ready().stream().map(JournalJson.Letter::id).toList();
        List<JournalJson.Letter> all = letters.all();
        letters.markRead(fresh);
        Page page = pages.page(JournalWords.msg(lang).letters_title(), "letters");
        return Templates.letters(page, views.letters(lang, form, error, all, fresh, saved))
                .setLocale(lang.locale());
    }
}
