package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a killed launcher left running is stopped on the next start; a pid that was recycled is left alone. */
class PidFilesTest {

    @TempDir
    Path directory;

    private ChildProcess child;

    @AfterEach
    void stopChild() {
        if (child != null && child.isAlive()) {
            child.stop();
        }
    }

    @Test
    void shouldStopAProcessAKilledLauncherLeftBehind() {
        PidFiles pidFiles = new PidFiles(directory);
        child = ChildProcess.start("meetings-service", List.of("sleep", "300"), Map.of(), directory,
                directory.resolve("child.log"), pidFiles);

        List<String> stopped = new PidFiles(directory).stopLeftovers();

        assertThat(stopped).singleElement().asString().startsWith("meetings-service (pid ");
        assertThat(child.waitFor(Duration.ofSeconds(10))).isTrue();
        assertThat(directory.resolve("meetings-service.pid")).doesNotExist();
    }

    @Test
    void shouldForgetAPidWhoseProcessStartedAtAnotherTime() throws IOException {
        long self = ProcessHandle.current().pid();
        Files.writeString(directory.resolve("keycloak.pid"), self + " 2001-01-01T00:00:00Z");

        assertThat(new PidFiles(directory).stopLeftovers()).isEmpty();
        assertThat(directory.resolve("keycloak.pid")).doesNotExist();
    }

    @Test
    void shouldForgetThePidFileWhenAProcessIsStopped() {
        PidFiles pidFiles = new PidFiles(directory);
        child = ChildProcess.start("budget-service", List.of("sleep", "300"), Map.of(), directory,
                directory.resolve("child.log"), pidFiles);
        assertThat(directory.resolve("budget-service.pid")).exists();

        child.stop();

        assertThat(child.isAlive()).isFalse();
        assertThat(directory.resolve("budget-service.pid")).doesNotExist();
    }
}
