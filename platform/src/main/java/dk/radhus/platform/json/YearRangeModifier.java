package dk.radhus.platform.json;

import java.io.IOException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Every {@code java.time} value read from JSON must lie in the years 1–9999: Java accepts years up to ±999999999
 * ("+999999999-12-31"), which PostgreSQL cannot store, and year 0 is no calendar year of the suite's business.
 */
final class YearRangeModifier extends BeanDeserializerModifier {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        boolean javaTime = Temporal.class.isAssignableFrom(type) && "java.time".equals(type.getPackageName());
        return javaTime ? new YearChecked(deserializer) : deserializer;
    }

    private static final class YearChecked extends DelegatingDeserializer {

        YearChecked(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new YearChecked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value instanceof TemporalAccessor time && time.isSupported(ChronoField.YEAR)) {
                int year = time.get(ChronoField.YEAR);
                if (year < FIRST_YEAR || year > LAST_YEAR) {
                    throw new InvalidValueException(parser, "året skal ligge mellem %d og %d, ikke %d"
                            .formatted(FIRST_YEAR, LAST_YEAR, year));
                }
            }
            return value;
        }
    }
}
