package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A service runs from a copy of its build output, which a rebuild does not touch until the next start. */
class AppSnapshotTest {

    @TempDir
    Path directory;

    @Test
    void shouldCopyTheBuildOutputWithItsSubdirectories() throws IOException {
        Path build = build("quarkus-run.jar", "lib/main/a.jar");

        Path copy = AppSnapshot.refresh(build, directory.resolve("apps/meetings-service"));

        assertThat(copy.resolve("quarkus-run.jar")).hasContent("quarkus-run.jar");
        assertThat(copy.resolve("lib/main/a.jar")).hasContent("lib/main/a.jar");
    }

    @Test
    void shouldKeepTheCopyWhileTheBuildOutputIsUnchanged() throws IOException {
        Path build = build("quarkus-run.jar");
        Path copy = AppSnapshot.refresh(build, directory.resolve("apps/budget-service"));
        Files.writeString(copy.resolve("marker"), "still the first copy");

        AppSnapshot.refresh(build, copy);

        assertThat(copy.resolve("marker")).exists();
    }

    @Test
    void shouldCopyAgainAfterARebuildAndDropWhatTheBuildNoLongerHas() throws IOException {
        Path build = build("quarkus-run.jar", "lib/main/old.jar");
        Path copy = AppSnapshot.refresh(build, directory.resolve("apps/strategy-service"));

        Files.delete(build.resolve("lib/main/old.jar"));
        Files.writeString(build.resolve("quarkus-run.jar"), "rebuilt");
        Files.setLastModifiedTime(build.resolve("quarkus-run.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        AppSnapshot.refresh(build, copy);

        assertThat(copy.resolve("quarkus-run.jar")).hasContent("rebuilt");
        assertThat(copy.resolve("lib/main/old.jar")).doesNotExist();
    }

    private Path build(String... files) throws IOException {
        Path build = directory.resolve("target/quarkus-app");
        for (String file : files) {
            Files.createDirectories(build.resolve(file).getParent());
            Files.writeString(build.resolve(file), file);
        }
        return build;
    }
}
