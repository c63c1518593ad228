package dk.radhus.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import dk.radhus.platform.input.StrictInput;

/**
 * Reads typed query and path parameters ({@code ?unit=DKK_THOUSANDS}, {@code ?policyId=…},
 * {@code ?changedSince=2026-01-31}, {@code ?dryRun=true}, {@code /meetings/{id}}, {@code /years/{year}}) strictly; a value
 * that is not of the type is a 400 naming the parameter and what it must be, where JAX-RS would answer 404 as if the
 * resource did not exist (or, for a flag, read anything but {@code true} as false). Enums are read by their constant's
 * exact name.
 */
@Provider
public class RequestParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            UUID.class, UUID::fromString,
            LocalDate.class, RequestParameters::date,
            Integer.class, Integer::valueOf,
            int.class, Integer::valueOf,
            Long.class, Long::valueOf,
            long.class, Long::valueOf,
            Boolean.class, RequestParameters::bool,
            boolean.class, RequestParameters::bool);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String parameter = queryParameter(annotations);
        if (parameter == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return new Converter<>(rawType, parameter, value -> enumConstant(rawType, value));
        }
        Function<String, ?> parser = PARSERS.get(rawType);
        return parser == null ? null : new Converter<>(rawType, parameter, value -> (T) parser.apply(value));
    }

    private static String queryParameter(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private static <T> T enumConstant(Class<T> type, String value) {
        for (T constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(value);
    }

    /** Only {@code true} or {@code false}: JAX-RS would read {@code ?dryRun=ja} as false and store the document. */
    private static Boolean bool(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static LocalDate date(String value) {
        LocalDate date = LocalDate.parse(value);
        if (!StrictInput.storableYear(date.getYear())) {
            throw new DateTimeParseException("year out of range", value, 0);
        }
        return date;
    }

    private record Converter<T>(Class<T> type, String parameter, Function<String, T> parse)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw ProblemException.invalidField(parameter, "skal være " + TypeDescriptions.describe(type));
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> constant ? constant.name() : value.toString();
        }
    }
}
