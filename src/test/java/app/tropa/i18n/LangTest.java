package app.tropa.i18n;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LangTest {

    @Test
    void shouldPickBestLanguageFromAcceptLanguage() {
        assertEquals(Optional.of(Lang.RU), Lang.fromAcceptLanguage("ru-RU,ru;q=0.9,en;q=0.8"));
        assertEquals(Optional.of(Lang.EN), Lang.fromAcceptLanguage("de-DE,en;q=0.5,ru;q=0.3"));
        assertEquals(Optional.empty(), Lang.fromAcceptLanguage("de-DE"));
        assertEquals(Optional.empty(), Lang.fromAcceptLanguage(";;;garbage"));
    }

    @Test
    void shouldParseOnlyKnownCodes() {
        assertEquals(Optional.of(Lang.RU), Lang.parse(" RU "));
        assertEquals(Optional.empty(), Lang.parse("fr"));
        assertEquals(Optional.empty(), Lang.parse(null));
    }
}
