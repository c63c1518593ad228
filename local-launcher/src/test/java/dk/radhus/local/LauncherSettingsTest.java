package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private final Path root = Path.of("/srv/radhus");

    @Test
    void shouldUseTheSuitesDevelopmentPortsAndDotLocalByDefault() {
        LauncherSettings settings = LauncherSettings.from(root, Map.of());

        assertThat(settings.localDirectory()).isEqualTo(root.resolve(".local"));
        assertThat(settings.postgresPort()).isEqualTo(5432);
        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.realmUrl()).isEqualTo("http://127.0.0.1:8180/realms/radhus");
        assertThat(settings.services()).extracting(ServiceDefinition::name, ServiceDefinition::port)
                .containsExactly(
                        tuple("meetings-service", 8081),
                        tuple("budget-service", 8082),
                        tuple("strategy-service", 8083));
        assertThat(settings.portalUrl()).isEqualTo("http://127.0.0.1:8084");
        assertThat(settings.keycloakVersion()).isEqualTo("26.4.0");
    }

    @Test
    void shouldGiveEachServiceTheDevDefaultsOfItsApplicationProperties() {
        ServiceDefinition budget = LauncherSettings.from(root, Map.of()).service("budget-service");

        assertThat(budget.database()).isEqualTo("budget");
        assertThat(budget.user()).isEqualTo("budget");
        assertThat(budget.password()).isEqualTo("dev-only-budget");
        assertThat(budget.jar(root)).isEqualTo(root.resolve("budget-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void shouldTakePortsAndTheDirectoryFromTheEnvironment() {
        LauncherSettings settings = LauncherSettings.from(root, Map.of(
                "RADHUS_LOCAL_DIR", "/tmp/stack",
                "RADHUS_LOCAL_POSTGRES_PORT", "15432",
                "RADHUS_LOCAL_MEETINGS_PORT", "18081",
                "RADHUS_LOCAL_PORTAL_PORT", "18084"));

        assertThat(settings.localDirectory()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(settings.jdbcUrl(settings.service("meetings-service")))
                .isEqualTo("jdbc:postgresql://127.0.0.1:15432/meetings");
        assertThat(settings.service("meetings-service").baseUrl()).isEqualTo("http://127.0.0.1:18081");
        assertThat(settings.portalUrl()).isEqualTo("http://127.0.0.1:18084");
    }

    @Test
    void shouldTakeTheSeedDocumentsFromTheRepositoryUnlessRadhusSeedsDirNamesAnotherFolder() {
        assertThat(LauncherSettings.from(root, Map.of()).seedsDirectory()).isEqualTo(root.resolve("seeds"));
        assertThat(LauncherSettings.from(root, Map.of("RADHUS_SEEDS_DIR", "/data/seeds")).seedsDirectory())
                .isEqualTo(Path.of("/data/seeds"));
    }

    @Test
    void shouldNameTheVariableWhenAPortIsNotAPort() {
        assertThatThrownBy(() -> LauncherSettings.from(root, Map.of("RADHUS_LOCAL_KAFKA_PORT", "90x2")))
                .isInstanceOf(LauncherException.class)
                .hasMessage("RADHUS_LOCAL_KAFKA_PORT must be a TCP port (1-65535), not \"90x2\"");
    }
}
