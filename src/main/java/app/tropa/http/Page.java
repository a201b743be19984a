package app.tropa.http;

import app.tropa.i18n.Lang;
import io.quarkus.qute.TemplateData;

/**
 * What the layout needs on every page: the language, the page title, the active section, and
 * the form token that every form repeats, and whether to offer signing out.
 */
@TemplateData
public record Page(Lang lang, String title, String section, String csrf, boolean signOut, Theme theme) {

    /** The theme's code for the html element; empty when the system decides. */
    public String themeCode() {
        return theme == Theme.SYSTEM ? "" : theme.code();
    }

    public boolean isTheme(String code) {
        return theme.code().equals(code);
    }

    public boolean isRu() {
        return lang == Lang.RU;
    }

    /** The other language, offered by the switch in the header. */
    public Lang other() {
        return lang == Lang.RU ? Lang.EN : Lang.RU;
    }

    public boolean active(String name) {
        return name.equals(section);
    }
}
