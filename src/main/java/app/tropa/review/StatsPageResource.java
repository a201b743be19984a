package app.tropa.review;

import app.tropa.http.Page;
import app.tropa.http.Pages;
import app.tropa.i18n.Lang;
import app.tropa.i18n.RhythmMsg;
import app.tropa.i18n.RhythmWords;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /review/stats}: how memory is holding, each chart with its table. */
@Path("/review/stats")
@Produces(MediaType.TEXT_HTML)
public class StatsPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stats(Page page, StatsView view);
    }

    @Inject
    Instance<MemorySeries> series;

    @Inject
    Pages pages;

    @GET
    public TemplateInstance stats() {
        Lang lang = pages.lang();
        RhythmMsg msg = RhythmWords.msg(lang);
        StatsView view = new StatsView(StatsResource.ordered(series).stream()
                .map(s -> StatsViews.section(s.key(), s.stats(MemoryStats.DEFAULT_MONTHS), lang, msg)).toList());
        return Templates.stats(pages.page(msg.stats_title(), "review"), view).setLocale(lang.locale());
    }
}
