package app.tropa.talk;

import app.tropa.i18n.Lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The tutor's instructions, kept as files in both languages under {@code tutor/prompts/}. */
final class Prompts {

    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

    private Prompts() {
    }

    /** The manner every talk shares, then what this kind of talk asks of the tutor. */
    static String system(About.Kind kind, Lang lang) {
        return file("manner", lang) + "\n\n" + file("about-" + kind.code(), lang);
    }

    static String file(String name, Lang lang) {
        return LOADED.computeIfAbsent(name + "." + lang.code(), Prompts::load);
    }

    private static String load(String key) {
        String path = "tutor/prompts/" + key + ".md";
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The tutor's prompt " + path + " is missing from the app.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
