package dk.radhus.platform.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads request JSON strictly, so that ambiguous or unstorable input is a 400 instead of a silent guess or a database
 * error: bytes that are not UTF-8, content after the value, a duplicate key, a fraction for an integer, a number for
 * an enum, a date whose year is outside 1–9999, and text with a NUL character or a lone UTF-16 surrogate are refused
 * (naming the field where there is one).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
                .setInputDecorator(new StrictUtf8());
        mapper.registerModule(new SimpleModule("radhus-strict-json")
                .addDeserializer(String.class, new StorableTextDeserializer())
                .setDeserializerModifier(new YearRangeModifier()));
    }
}
