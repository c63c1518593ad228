package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PortGuardTest {

    @Test
    void shouldNameThePortTheComponentAndTheVariableWhenAPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            LauncherSettings settings = settings(Map.of("RADHUS_LOCAL_KEYCLOAK_PORT", Integer.toString(port)));

            assertThatThrownBy(() -> PortGuard.checkFree(List.of(new KeycloakComponent(settings, pidFiles()))))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageStartingWith("Port " + port + " (keycloak) is already in use.")
                    .hasMessageContaining("RADHUS_LOCAL_KEYCLOAK_PORT=<free port> ./run-local.sh");
        }
    }

    @Test
    void shouldNameTheWebPortalAndItsVariableWhenItsPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            LauncherSettings settings = settings(Map.of("RADHUS_LOCAL_PORTAL_PORT", Integer.toString(port)));

            assertThatThrownBy(() -> PortGuard.checkFree(List.of(new PortalComponent(settings, pidFiles()))))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageStartingWith("Port " + port + " (web-portal) is already in use.")
                    .hasMessageContaining("RADHUS_LOCAL_PORTAL_PORT=<free port> ./run-local.sh");
        }
    }

    @Test
    void shouldRefuseTwoComponentsOnOnePort() {
        LauncherSettings settings = settings(Map.of("RADHUS_LOCAL_BUDGET_PORT", "8081"));
        List<Component> services = settings.services().stream()
                .map(s -> (Component) new ServiceComponent(settings, pidFiles(), s)).toList();

        assertThatThrownBy(() -> PortGuard.checkFree(services))
                .isInstanceOf(LauncherException.class)
                .hasMessage("Port 8081 is configured for both meetings-service and budget-service;"
                        + " move one of them with RADHUS_LOCAL_BUDGET_PORT.");
    }

    @Test
    void shouldAcceptFreePorts() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        LauncherSettings settings = settings(Map.of("RADHUS_LOCAL_POSTGRES_PORT", Integer.toString(free)));

        assertThatCode(() -> PortGuard.checkFree(List.of(new PostgresComponent(settings)))).doesNotThrowAnyException();
    }

    private static LauncherSettings settings(Map<String, String> environment) {
        return LauncherSettings.from(Path.of("/srv/radhus"), environment);
    }

    private static PidFiles pidFiles() {
        return new PidFiles(Path.of("/nonexistent"));
    }
}
