package app.tropa.platform;

import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's configuration table is the learner's reference: every key and default as the app reads them. */
class ConfigReadmeTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(tropa\\.[a-z.-]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    @Test
    void readmeListsEveryTropaKeyWithTheDefaultTheAppUses() throws IOException {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        while (m.find()) {
            documented.put(m.group(1), m.group(2).strip().replace("`", ""));
        }
        Map<String, String> read = new TreeMap<>();
        keys(TropaConfig.class, "tropa", read);
        assertEquals(read.keySet(), documented.keySet(), "keys in TropaConfig vs the README table");
        read.forEach((key, def) -> {
            if (def != null) {
                assertEquals(def, documented.get(key), "README default of " + key);
            }
        });
    }

    private static void keys(Class<?> group, String prefix, Map<String, String> into) {
        for (Method method : group.getDeclaredMethods()) {
            String key = prefix + "." + name(method);
            if (method.getReturnType().isInterface() && method.getReturnType().getEnclosingClass() == TropaConfig.class) {
                keys(method.getReturnType(), key, into);
            } else {
                WithDefault def = method.getAnnotation(WithDefault.class);
                into.put(key, def == null ? null : def.value());
            }
        }
    }

    private static String name(Method method) {
        WithName named = method.getAnnotation(WithName.class);
        return named != null ? named.value() : method.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
    }
}
