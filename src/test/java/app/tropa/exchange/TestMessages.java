package app.tropa.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Test helper: the exchange texts from the properties files, for tests that run without Quarkus. */
final class TestMessages {

    private TestMessages() {
    }

    static ExchangeMsg exchange(String lang) {
        Properties texts = load("messages/exchange" + (lang.equals("en") ? "" : "_" + lang) + ".properties");
        return (ExchangeMsg) Proxy.newProxyInstance(ExchangeMsg.class.getClassLoader(), new Class<?>[] {ExchangeMsg.class},
                (proxy, method, args) -> {
                    String text = texts.getProperty(method.getName());
                    Parameter[] params = method.getParameters();
                    for (int i = 0; i < params.length; i++) {
                        text = text.replace("{" + params[i].getName() + "}", String.valueOf(args[i]));
                    }
                    return text;
                });
    }

    private static Properties load(String resource) {
        try (InputStream in = TestMessages.class.getClassLoader().getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
