package dk.radhus.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root from the module directory the tests run in. */
public final class RepositoryFiles {

    private RepositoryFiles() {
    }

    public static Path root() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("run-local.sh"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("No run-local.sh above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }
}
