package app.tropa.platform;

import org.eclipse.microprofile.config.spi.Converter;

import java.time.DateTimeException;
import java.time.ZoneId;

/** Reads {@code tropa.time-zone} at start-up, so a misspelt zone stops the app with the reason. */
public class ZoneConverter implements Converter<ZoneId> {

    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("tropa.time-zone '" + value + "' is not a time zone; use a region "
                    + "name such as Europe/Moscow, or UTC, or an offset such as +03:00");
        }
    }
}
