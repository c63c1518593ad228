package dk.radhus.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers read top-down (docs/ARCHITECTURE.md): rest → service → the rest of the code; messaging → service. Reads
 * the source tree, so it runs in a second without Quarkus.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/dk/radhus/strategy");
    private static final Pattern REFERENCE = Pattern.compile("\\bdk\\.radhus\\.strategy\\.([a-z]+)\\.");
    private static final Set<String> SERVICES_AND_ABOVE = Set.of("rest", "messaging", "service");

    @Test
    void shouldKeepServicesFreeOfRestAndMessaging() {
        assertThat(references(layer -> layer.equals("service"), Set.of("rest", "messaging"))).isEmpty();
    }

    @Test
    void shouldLetMessagingCallServicesWithoutTheRestLayer() {
        assertThat(references(layer -> layer.equals("messaging"), Set.of("rest"))).isEmpty();
    }

    /** Entities at the feature root, config and the CSV reader know nothing of who calls them. */
    @Test
    void shouldKeepEverythingBelowTheServicesFreeOfTheLayersAbove() {
        assertThat(references(layer -> !SERVICES_AND_ABOVE.contains(layer), SERVICES_AND_ABOVE)).isEmpty();
    }

    /** "layer/File.java → package" for each file in a matching layer ("" is the feature root) naming a forbidden one. */
    private static List<String> references(Predicate<String> layers, Set<String> forbidden) {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().flatMap(file -> {
                Path relative = SOURCES.relativize(file);
                String layer = relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
                if (!layers.test(layer)) {
                    return Stream.empty();
                }
                return REFERENCE.matcher(read(file)).results().map(match -> match.group(1))
                        .filter(forbidden::contains).distinct().map(target -> relative + " → " + target);
            }).toList();
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
