package app.tropa.platform;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ZoneConverterTest {

    @Test
    void readsRegionNamesAndOffsets() {
        assertEquals(ZoneId.of("Europe/Moscow"), new ZoneConverter().convert(" Europe/Moscow "));
        assertEquals(ZoneId.of("+03:00"), new ZoneConverter().convert("+03:00"));
    }

    @Test
    void aMisspeltZoneIsRefusedNamingTheKeyTheValueAndWhatIsAllowed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ZoneConverter().convert("Europe/Moskow"));
        assertEquals("tropa.time-zone 'Europe/Moskow' is not a time zone; use a region name such as "
                + "Europe/Moscow, or UTC, or an offset such as +03:00", e.getMessage());
    }
}
