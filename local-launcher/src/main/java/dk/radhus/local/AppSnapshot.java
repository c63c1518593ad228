package dk.radhus.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.radhus.testing.server.Directories;

/**
 * A copy of a service's build output ({@code <module>/target/quarkus-app}) in {@code .local/apps/<service>}, which the
 * service runs from. A rebuild while the stack runs ({@code ./mvnw package}, a test run) then cannot replace classes
 * under a running service, which would make it fail later with {@code NoClassDefFoundError}. The copy is refreshed
 * when the build output differs from what was copied (names, sizes and modification times of its files).
 */
final class AppSnapshot {

    private static final String STAMP = ".copied-from";

    private AppSnapshot() {
    }

    /** Brings {@code copy} up to date with {@code build} if needed; returns {@code copy}. */
    static Path refresh(Path build, Path copy) {
        String stamp = stamp(build);
        Path stampFile = copy.resolve(STAMP);
        try {
            if (Files.exists(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
                return copy;
            }
            Directories.deleteRecursively(copy);
            for (Path file : files(build)) {
                Path target = copy.resolve(build.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
            Files.writeString(stampFile, stamp, StandardCharsets.UTF_8);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy " + build + " to " + copy, e);
        }
    }

    private static String stamp(Path build) {
        return files(build).stream().map(file -> {
            try {
                return build.relativize(file) + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }).collect(Collectors.joining("\n"));
    }

    private static List<Path> files(Path build) {
        try (Stream<Path> walk = Files.walk(build)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + build, e);
        }
    }
}
