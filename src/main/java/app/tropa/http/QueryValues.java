package app.tropa.http;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;

/**
 * Typed query parameters: yes-or-no ({@link Flag}), days and whole numbers. A value that cannot
 * be read is a 400 naming the parameter ({@code invalid-flag}, {@code invalid-date},
 * {@code invalid-<name>}); an empty one counts as absent (a flag as no).
 * Only query parameters: a page form keeps what was typed and answers on the form itself.
 */
@Provider
public class QueryValues implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Flag.class) {
            return (ParamConverter<T>) converter(value -> Flag.parse(name, value));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(value -> day(name, value));
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) converter(value -> number(name, value));
        }
        return null;
    }

    /** The day in a query, as the journal's fields are read: ISO, e.g. 2026-11-22. */
    public static LocalDate day(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw Problem.badRequest("invalid-date", "'" + value + "' in " + name + " is not a date; write it as "
                    + "YYYY-MM-DD, e.g. 2026-11-22.", Map.of("field", name));
        }
    }

    static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Problem.badRequest("invalid-" + name, name + " must be a whole number, not '" + value + "'.",
                    Map.of("field", name));
        }
    }

    private static <V> ParamConverter<V> converter(java.util.function.Function<String, V> read) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                return read.apply(value);
            }

            @Override
            public String toString(V value) {
                return String.valueOf(value);
            }
        };
    }

    private static String queryName(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof RestQuery q && !q.value().isEmpty()) {
                return q.value();
            }
        }
        return null;
    }
}
