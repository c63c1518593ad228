package dk.radhus.local.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The demo data files in the launcher jar ({@code local-launcher/src/main/resources/demo/}): JSON with {@code //}
 * comments that say where each figure comes from, and CSV files that are uploaded to the services as they are.
 */
final class DemoFiles {

    private static final JsonMapper COMMENTED_JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();

    private DemoFiles() {
    }

    static JsonNode json(String name) {
        try {
            return COMMENTED_JSON.readTree(text(name));
        } catch (IOException e) {
            throw new UncheckedIOException("demo/" + name + " is not valid JSON", e);
        }
    }

    static String text(String name) {
        try (InputStream in = DemoFiles.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + name + " is missing from the launcher jar; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo/" + name, e);
        }
    }
}
