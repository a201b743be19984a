package app.tropa.http;

import java.util.Optional;

import app.tropa.i18n.Lang;
import app.tropa.i18n.Msg;
import app.tropa.i18n.RequestLang;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Makes the {@link Page} of the current request. */
@RequestScoped
public class Pages {

    @Inject
    RequestLang lang;

    @Inject
    PageSecurity security;

    @Inject
    io.vertx.core.http.HttpServerRequest request;

    /** Set while a page is rendered to be kept: its forms get a marker instead of this browser's token. */
    private String tokenMarker;

    public Page page(String title, String section) {
        return new Page(lang.get(), title, section, tokenMarker != null ? tokenMarker : security.formToken(),
                security.signInRequired() && !"login".equals(section), theme());
    }

    void renderForKeeping(String marker) {
        tokenMarker = marker;
    }

    /** {@code ?theme=} first, then the remembered choice, else the system's. */
    Theme theme() {
        return Theme.parse(request.getParam("theme"))
                .or(() -> Optional.ofNullable(request.getCookie(Theme.COOKIE)).flatMap(c -> Theme.parse(c.getValue())))
                .orElse(Theme.SYSTEM);
    }

    public Lang lang() {
        return lang.get();
    }

    /** The UI texts in the request's language, for text made in Java. */
    public Msg msg() {
        return msg(lang.get());
    }

    /** A refused form's sentence: the feature's own words, or the shared one when it could not be saved. */
    public String refusal(Problem refused, java.util.function.Function<Problem, String> featureWords) {
        return refused.storageFull() ? msg().error_storage_full() : featureWords.apply(refused);
    }

    public static Msg msg(Lang lang) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(lang.code()));
    }
}
