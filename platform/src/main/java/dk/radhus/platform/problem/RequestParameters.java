package dk.radhus.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import dk.radhus.platform.input.StrictInput;

/**
 * Reads typed query parameters ({@code ?unit=DKK_THOUSANDS}, {@code ?policyId=…}, {@code ?changedSince=2026-01-31},
 * {@code ?year=2011}) strictly; a value that is not of the type is a 400 naming the parameter and what it must be,
 * where JAX-RS would answer 404 as if the resource did not exist. Enums are read by their constant's exact name.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            UUID.class, UUID::fromString,
            LocalDate.class, QueryParameters::date,
            Integer.class, Integer::valueOf,
            Long.class, Long::valueOf);

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
                throw ProblemException.invalidField(parameter, "skal være " + ProblemMappers.describe(type));
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> constant ? constant.name() : value.toString();
        }
    }
}
