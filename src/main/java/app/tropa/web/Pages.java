package app.tropa.web;

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
    CsrfToken csrf;

    @Inject
    Sessions sessions;

    public Page page(String title, String section) {
        return new Page(lang.get(), title, section, csrf.value(), sessions.required() && !"login".equals(section));
    }

    public Lang lang() {
        return lang.get();
    }

    /** The UI texts in the request's language, for text made in Java. */
    public Msg msg() {
        return msg(lang.get());
    }

    public static Msg msg(Lang lang) {
        return MessageBundles.get(Msg.class, Localized.Literal.of(lang.code()));
    }
}
