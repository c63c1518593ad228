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

import dk.radhus.platform.input.StrictInput;

/** Every {@code java.time} value read from JSON must lie in the years {@link StrictInput} accepts (1–9999). */
final class YearRangeModifier extends BeanDeserializerModifier {

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
                if (!StrictInput.storableYear(year)) {
                    throw new InvalidValueException(parser, "året skal ligge mellem %d og %d, ikke %d"
                            .formatted(StrictInput.FIRST_YEAR, StrictInput.LAST_YEAR, year));
                }
            }
            return value;
        }
    }
}
