package dk.radhus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The layers of a service's source tree ({@code src/main/java}) and which of them name which others, read as text, so
 * that a layering test runs in a second without Quarkus (docs/ARCHITECTURE.md). A layer is the first package below the
 * service's base package ({@code rest}, {@code service}, {@code messaging} …); {@code ""} is the base package itself,
 * where the entities live.
 */
public final class SourceLayers {

    private final String basePackage;
    private final Path sources;
    private final Pattern reference;

    private SourceLayers(String basePackage) {
        this.basePackage = basePackage;
        this.sources = Path.of("src/main/java").resolve(basePackage.replace('.', '/'));
        this.reference = Pattern.compile("\\b" + Pattern.quote(basePackage) + "\\.([a-z]+)\\.");
    }

    /** The layers of the module whose tests run (the working directory), below {@code basePackage}. */
    public static SourceLayers of(String basePackage) {
        return new SourceLayers(basePackage);
    }

    /**
     * "layer/File.java → target" for each source file in a layer that {@code from} accepts naming (by import or fully
     * qualified) a layer in {@code forbidden}; empty when the rule holds.
     */
    public List<String> references(Predicate<String> from, Set<String> forbidden) {
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> java = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
            if (java.isEmpty()) {
                throw new IllegalStateException("No Java sources of " + basePackage + " under "
                        + sources.toAbsolutePath());
            }
            return java.stream().flatMap(file -> {
                Path relative = sources.relativize(file);
                String layer = relative.getNameCount() == 1 ? "" : relative.getName(0).toString();
                if (!from.test(layer)) {
                    return Stream.empty();
                }
                return reference.matcher(read(file)).results().map(match -> match.group(1))
                        .filter(target -> !target.equals(layer) && forbidden.contains(target)).distinct()
                        .map(target -> relative + " → " + target);
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The services' top-down rule (docs/ARCHITECTURE.md) broken: a {@code service} naming {@code rest} or
     * {@code messaging}, {@code messaging} naming {@code rest}, or anything below the services (entities, repositories,
     * config, events …) naming {@code rest}, {@code messaging} or {@code service}.
     */
    public List<String> topDownViolations() {
        Set<String> servicesAndAbove = Set.of("rest", "messaging", "service");
        List<String> violations = new ArrayList<>(references(layer -> layer.equals("service"),
                Set.of("rest", "messaging")));
        violations.addAll(references(layer -> layer.equals("messaging"), Set.of("rest")));
        violations.addAll(references(layer -> !servicesAndAbove.contains(layer), servicesAndAbove));
        return violations;
    }

    /** {@link #references} from every layer but {@code layer} to {@code layer}: who reaches into it from outside. */
    public List<String> referencesFromOutside(String layer) {
        return references(from -> !from.equals(layer), Set.of(layer));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
