package app.tropa.i18n;

import io.quarkus.qute.TemplateData;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two languages the product speaks. */
@TemplateData
public enum Lang {
    EN("en", "English"),
    RU("ru", "Русский");

    private final String code;
    private final String label;

    Lang(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public static Optional<Lang> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(l -> l.code.equals(wanted)).findFirst();
    }

    /** The best match for an {@code Accept-Language} header, or empty when nothing matches. */
    public static Optional<Lang> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            List<String> tags = Arrays.stream(values()).map(Lang::code).toList();
            return Optional.ofNullable(Locale.lookupTag(ranges, tags)).flatMap(Lang::parse);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
