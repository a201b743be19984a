package app.tropa.i18n;

import app.tropa.exchange.ExchangeMsg;
import app.tropa.glossary.GlossaryMsg;
import app.tropa.journal.JournalMsg;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every UI text exists in both languages, and every key the code asks for exists. Each feature
 * may keep its own bundle ({@code messages/<name>.properties} and {@code <name>_ru.properties}
 * behind an interface); list it in {@link #BUNDLES}.
 */
class I18nPropertiesSyncTest {

    static final Map<String, Class<?>> BUNDLES = Map.of("msg", Msg.class, "glossary", GlossaryMsg.class,
            "journal", JournalMsg.class,
            "exchange", ExchangeMsg.class, "talk", app.tropa.talk.TalkMsg.class,
            "revisit", app.tropa.revisit.RevisitMsg.class, "welcome", app.tropa.pages.WelcomeMsg.class,
            "rhythm", app.tropa.i18n.RhythmMsg.class,
            "report", app.tropa.report.ReportMsg.class);

    @Test
    void shouldHaveTheSameKeysInEnglishAndRussian() throws IOException {
        for (String bundle : BUNDLES.keySet()) {
            Set<String> en = keys("messages/" + bundle + ".properties");
            Set<String> ru = keys("messages/" + bundle + "_ru.properties");

            assertEquals(Set.of(), difference(en, ru), "keys missing in " + bundle + "_ru.properties");
            assertEquals(Set.of(), difference(ru, en), "keys missing in " + bundle + ".properties");
        }
    }

    @Test
    void shouldDefineEveryKeyOfTheBundleInterface() throws IOException {
        for (Map.Entry<String, Class<?>> bundle : BUNDLES.entrySet()) {
            Set<String> en = keys("messages/" + bundle.getKey() + ".properties");
            Set<String> methods = Arrays.stream(bundle.getValue().getDeclaredMethods()).map(Method::getName)
                    .collect(Collectors.toCollection(TreeSet::new));

            assertEquals(Set.of(), difference(methods, en), bundle.getKey() + ": methods without a text");
            assertEquals(Set.of(), difference(en, methods), bundle.getKey() + ": texts without a method");
        }
    }

    @Test
    void shouldHaveNoEmptyTexts() throws IOException {
        for (String bundle : BUNDLES.keySet()) {
            for (String file : new String[] {bundle + ".properties", bundle + "_ru.properties"}) {
                Properties p = load("messages/" + file);
                for (String key : p.stringPropertyNames()) {
                    assertTrue(!p.getProperty(key).isBlank(), file + ": " + key + " is empty");
                }
            }
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " is missing");
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
