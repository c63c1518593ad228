package dk.radhus.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads an enum query parameter ({@code ?unit=DKK_THOUSANDS}) by its constant's exact name; any other value is a 400
 * naming the parameter and its values, where JAX-RS would answer 404 as if the resource did not exist.
 */
@Provider
public class EnumQueryParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (!rawType.isEnum()) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return new Named<>(rawType, query.value());
            }
        }
        return null;
    }

    private record Named<T>(Class<T> type, String parameter) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            for (T constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return constant;
                }
            }
            throw ProblemException.invalidField(parameter, "skal være " + ProblemMappers.describe(type));
        }

        @Override
        public String toString(T value) {
            return ((Enum<?>) value).name();
        }
    }
}
