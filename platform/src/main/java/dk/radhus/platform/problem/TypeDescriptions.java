package dk.radhus.platform.problem;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.UUID;

/** What a client should have sent for a Java type, in Danish and without the type's name: "et tal", "en af A, B". */
final class TypeDescriptions {

    private TypeDescriptions() {
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("en af ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return values.toString();
        }
        if (type == UUID.class) {
            return "en UUID, fx 5f0d8c56-5a0e-4d8e-a8a4-0d5b2f0b7a31";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "et tal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true eller false";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "en dato/tid i ISO 8601-format";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "tekst";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "en liste";
        }
        return "et objekt";
    }
}
