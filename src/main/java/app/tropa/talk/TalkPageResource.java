package app.tropa.talk;

import app.tropa.http.MarkdownRenderer;
import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.http.Problem;
import app.tropa.i18n.Lang;
import app.tropa.model.ModelFailure;
import app.tropa.model.ModelSettings;
import app.tropa.model.TutorConnection;
import app.tropa.platform.LearnerTime;
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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The tutor's pages: the talks, one talk, a talk about to begin, the connection settings. Without
 * JavaScript every form posts and the page comes back with the whole answer; with it, the answer
 * streams in (see {@link TalkStreamResource}).
 */
@Path("/tutor")
@Produces(MediaType.TEXT_HTML)
public class TalkPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance talks(Page page, TalkView.Talks view);

        static native TemplateInstance talk(Page page, TalkView.TalkPage view);

        static native TemplateInstance start(Page page, TalkView.StartPage view);

        static native TemplateInstance settings(Page page, TalkView.Settings view);
    }

    @Inject
    TalkService talks;

    @Inject
    Subjects subjects;

    @Inject
    TutorConnection connection;

    @Inject
    Pages pages;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    LearnerTime time;

    @GET
    public TemplateInstance list() {
        Lang lang = pages.lang();
        TalkMsg msg = TalkWords.msg(lang);
        TalkView.Talks view = new TalkView.Talks(TalkView.Connection.of(connection.settings()),
                items(talks.list(), msg), items(talks.trashed(), msg));
        return Templates.talks(pages.page(msg.talks_title(), "tutor"), view).setLocale(lang.locale());
    }

    private List<TalkView.Item> items(List<TalkJson.Summary> summaries, TalkMsg msg) {
        return summaries.stream().map(s -> new TalkView.Item(s.id(), s.title(),
                TalkWords.aboutLabel(About.Kind.parse(s.about().type()).orElse(About.Kind.TODAY), msg),
                when(s.updatedAt()), s.messageCount(), s.demo())).toList();
    }

    /** A talk about to begin: nothing is sent until the learner presses "send". */
    @GET
    @Path("/new")
    public TemplateInstance start(@QueryParam("about") String type, @QueryParam("id") String id) {
        return startPage(About.of(type, id), null, null);
    }

    private TemplateInstance startPage(About about, String draft, String error) {
        Lang lang = pages.lang();
        TalkMsg msg = TalkWords.msg(lang);
        Subjects.Subject subject = subjects.of(about, lang);
        TalkView.StartPage view = new TalkView.StartPage(about.kind().code(), about.id(), subject.title(),
                TalkWords.aboutLabel(about.kind(), msg), TalkWords.aboutHref(about),
                TalkService.context(about, subject, lang), TalkView.Connection.of(connection.settings()), draft, error,
                items(talks.about(about), msg));
        return Templates.start(pages.page(msg.start_title(subject.title()), "tutor"), view).setLocale(lang.locale());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response begin(@RestForm String type, @RestForm String id, @RestForm String message) {
        About about = About.of(type, id);
        long talkId;
        try {
            talkId = talks.start(about, message, pages.lang());
        } catch (Problem p) {
            if (!p.keepsForm() && p.status() != 409) {
                throw p;
            }
            return Response.status(p.status()).entity(startPage(about, message, refusal(p))).build();
        }
        return answered(talkId);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance talk(@PathParam("id") long id) {
        return talkPage(id, null, null);
    }

    private TemplateInstance talkPage(long id, String draft, String error) {
        Lang lang = pages.lang();
        TalkMsg msg = TalkWords.msg(lang);
        TalkJson.Talk t = talks.get(id);
        About about = About.of(t.about().type(), t.about().id());
        List<TalkView.Line> lines = t.messages().stream().map(m -> line(m, msg)).toList();
        String sent = t.messages().stream().filter(m -> m.sent() != null).reduce((a, b) -> b)
                .map(TalkJson.Message::sent).orElse(null);
        boolean canRetry = !lines.isEmpty() && lines.stream().filter(TalkView.Line::learner).reduce((a, b) -> b)
                .map(l -> l.unanswered() || l.waiting()).orElse(false);
        TalkView.TalkPage view = new TalkView.TalkPage(t.id(), t.title(), TalkWords.aboutLabel(about.kind(), msg),
                TalkWords.aboutHref(about), t.deletedAt() != null, t.forTraining(), t.demo(), lines, sent, canRetry,
                TalkView.Connection.of(connection.settings()), draft, error);
        return Templates.talk(pages.page(t.title(), "tutor"), view).setLocale(lang.locale());
    }

    private TalkView.Line line(TalkJson.Message m, TalkMsg msg) {
        boolean learner = TalkMessage.LEARNER.equals(m.role());
        boolean unanswered = TalkMessage.UNANSWERED.equals(m.state());
        return new TalkView.Line(m.seq(), learner, markdown.toHtml(m.text()), when(m.at()), m.state(),
                unanswered ? TalkWords.failure(m.failure(), msg) : null, unanswered,
                TalkMessage.WAITING.equals(m.state()), TalkMessage.CUT.equals(m.state()));
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response say(@PathParam("id") long id, @RestForm String message) {
        try {
            talks.say(id, message, pages.lang());
        } catch (Problem p) {
            if (!p.keepsForm() && p.status() != 409) {
                throw p;
            }
            return Response.status(p.status()).entity(talkPage(id, message, refusal(p))).build();
        }
        return answered(id);
    }

    @POST
    @Path("/{id}/retry")
    public Response retry(@PathParam("id") long id) {
        try {
            talks.retry(id);
        } catch (Problem p) {
            if (p.status() != 409) {
                throw p;
            }
            return Response.status(409).entity(talkPage(id, null, refusal(p))).build();
        }
        return answered(id);
    }

    /** Asks the model and shows the talk; a failure is shown there, beside the kept message. */
    private Response answered(long id) {
        try {
            talks.answer(id, text -> { }, () -> false);
        } catch (ModelFailure | Problem e) {
            // The message is kept, marked unanswered with the reason; the talk page says so.
        }
        return Response.seeOther(URI.create("/tutor/" + id + "#latest")).build();
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") long id) {
        talks.trash(id);
        return Response.seeOther(URI.create("/tutor")).build();
    }

    @POST
    @Path("/{id}/restore")
    public Response restore(@PathParam("id") long id) {
        talks.restore(id);
        return Response.seeOther(URI.create("/tutor/" + id)).build();
    }

    @POST
    @Path("/{id}/training")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response training(@PathParam("id") long id, @RestForm String use) {
        talks.forTraining(id, "on".equals(use));
        return Response.seeOther(URI.create("/tutor/" + id)).build();
    }

    @GET
    @Path("/settings")
    public TemplateInstance settings(@QueryParam("saved") String saved) {
        return settingsPage(null, null, null, saved != null, null);
    }

    @POST
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@RestForm String baseUrl, @RestForm String model, @RestForm String apiKey,
            @RestForm String keepKey, @RestForm String timeoutSeconds) {
        TalkMsg msg = TalkWords.msg(pages.lang());
        TutorConnection.Change change = new TutorConnection.Change(baseUrl, model,
                "on".equals(keepKey) && (apiKey == null || apiKey.isBlank())
                        ? connection.settings().apiKey().orElse("") : apiKey, null);
        try {
            change = new TutorConnection.Change(change.baseUrl(), change.model(), change.apiKey(),
                    seconds(timeoutSeconds));
            connection.save(change);
        } catch (Problem p) {
            if (p.status() != 400) {
                throw p;
            }
            String field = String.valueOf(p.details().getOrDefault("field", "baseUrl"));
            return Response.status(400).entity(settingsPage(change, settingsRefusal(p, msg), field, false, null))
                    .build();
        }
        return Response.seeOther(URI.create("/tutor/settings?saved=1")).build();
    }

    private static Integer seconds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Asks the server for its models and shows what it said, or why it could not. */
    @POST
    @Path("/settings/check")
    public TemplateInstance check() {
        TalkMsg msg = TalkWords.msg(pages.lang());
        return settingsPage(null, null, null, false, TalkView.Check.of(connection.check(), msg));
    }

    private TemplateInstance settingsPage(TutorConnection.Change typed, String error, String field, boolean saved,
            TalkView.Check check) {
        Lang lang = pages.lang();
        TalkMsg msg = TalkWords.msg(lang);
        ModelSettings s = connection.settings();
        TalkView.Settings view = typed == null
                ? new TalkView.Settings(s.baseUrl().orElse(""), s.model().orElse(""), s.apiKey().isPresent(),
                        s.timeout().toSeconds(), s.allowRemote(), null, null, saved, check)
                : new TalkView.Settings(nz(typed.baseUrl()), nz(typed.model()), s.apiKey().isPresent(),
                        typed.timeoutSeconds() == null ? s.timeout().toSeconds() : typed.timeoutSeconds(),
                        s.allowRemote(), error, field, false, null);
        return Templates.settings(pages.page(msg.settings_title(), "tutor"), view).setLocale(lang.locale());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String refusal(Problem p) {
        return pages.refusal(p, refused -> TalkWords.refusal(refused, pages.lang()));
    }

    private static String settingsRefusal(Problem p, TalkMsg msg) {
        return switch (p.error()) {
            case "remote-model" -> msg.settings_remote();
            case "invalid-timeout" -> msg.settings_timeout_invalid(TutorConnection.MAX_TIMEOUT_SECONDS);
            default -> msg.settings_base_url_invalid();
        };
    }

    private String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(pages.lang().locale()).format(at.atZone(time.zone()));
    }
}
