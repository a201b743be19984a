package app.tropa.http;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/** Lets resources take {@link Flag} parameters; the parameter's name goes into the refusal. */
@Provider
public class FlagConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Flag.class) {
            return null;
        }
        String field = name(annotations);
        return (ParamConverter<T>) new ParamConverter<Flag>() {
            @Override
            public Flag fromString(String value) {
                return Flag.parse(field, value);
            }

            @Override
            public String toString(Flag flag) {
                return Boolean.toString(flag.on());
            }
        };
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof RestQuery q && !q.value().isEmpty()) {
                return q.value();
            }
            if (a instanceof RestForm f && !f.value().isEmpty()) {
                return f.value();
            }
        }
        return "value";
    }
}
