package app.tropa.curriculum;

import app.tropa.i18n.Lang;

/**
 * A piece of curriculum text in both languages. Russian may be missing on optional fields;
 * then the English text is shown and marked as a fallback.
 */
public record Text(String en, String ru) {

    public static final Text EMPTY = new Text("", "");

    public String in(Lang lang) {
        return lang == Lang.RU && has(ru) ? ru : en;
    }

    /** True when the reader asked for Russian but gets English because Russian is missing. */
    public boolean isFallback(Lang lang) {
        return lang == Lang.RU && !has(ru) && has(en);
    }

    public boolean hasEn() {
        return has(en);
    }

    public boolean hasRu() {
        return has(ru);
    }

    private static boolean has(String s) {
        return s != null && !s.isBlank();
    }
}
