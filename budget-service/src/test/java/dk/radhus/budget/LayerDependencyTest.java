package dk.radhus.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Layers read top-down: only {@code rest} knows the REST layer's requests and responses, and only {@code messaging}
 * knows the consumers. Reads the sources, so it runs in a second, without Quarkus.
 */
class LayerDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/radhus/budget");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)(?:\\.\\*)?\\s*;",
            Pattern.MULTILINE);

    @Test
    void shouldImportTheRestLayerOnlyFromTheRestLayer() {
        assertThat(importsFromOutside("dk.radhus.budget.rest"))
                .as("files outside rest that import rest; services take and return domain types").isEmpty();
    }

    @Test
    void shouldImportMessagingOnlyFromMessaging() {
        assertThat(importsFromOutside("dk.radhus.budget.messaging"))
                .as("files outside messaging that import messaging; messaging calls services, never the reverse")
                .isEmpty();
    }

    /** "File: import" for every import of {@code layer} (or a package under it) by a file not in it. */
    private static List<String> importsFromOutside(String layer) {
        List<Path> files = sources();
        assertThat(files).as("Java sources under " + SOURCES.toAbsolutePath()).isNotEmpty();
        return files.stream().flatMap(file -> {
            String text = read(file);
            if (within(packageOf(text), layer)) {
                return Stream.empty();
            }
            Matcher imports = IMPORT.matcher(text);
            return imports.results().map(m -> m.group(1)).filter(name -> within(name, layer))
                    .map(name -> SOURCES.relativize(file) + ": " + name);
        }).toList();
    }

    private static boolean within(String name, String layer) {
        return name.equals(layer) || name.startsWith(layer + ".");
    }

    private static String packageOf(String text) {
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static List<Path> sources() {
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
