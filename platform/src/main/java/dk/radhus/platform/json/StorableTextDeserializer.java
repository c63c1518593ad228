package dk.radhus.platform.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import dk.radhus.platform.input.StrictInput;

/**
 * Text as Jackson reads it, refusing what PostgreSQL cannot store or UTF-8 cannot encode: the NUL character and a
 * UTF-16 surrogate without its partner. The value is not repeated in the error, since it cannot be written back.
 */
final class StorableTextDeserializer extends StdScalarDeserializer<String> {

    StorableTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && !StrictInput.storable(text)) {
            throw new InvalidValueException(parser,
                    "teksten indeholder et ugyldigt tegn (NUL-tegnet eller et ufuldstændigt Unicode-tegn)");
        }
        return text;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }
}
