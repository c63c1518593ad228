package dk.radhus.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the launcher needs to know, from environment variables with defaults. The ports are the suite's usual
 * development ports, so that the services' own dev defaults and the realm's redirect URIs fit.
 */
record LauncherSettings(Path repositoryRoot, Path localDirectory, int postgresPort, int kafkaPort,
        int kafkaControllerPort, int keycloakPort, List<ServiceDefinition> services, int portalPort,
        String keycloakVersion, Path seedsDirectory) {

    static final String REALM = "radhus";
    static final String POSTGRES_SUPERUSER_PASSWORD = "dev-only-postgres";

    static LauncherSettings from(Path repositoryRoot, Map<String, String> environment) {
        EnvironmentReader env = new EnvironmentReader(environment);
        return new LauncherSettings(
                repositoryRoot,
                env.path("RADHUS_LOCAL_DIR", repositoryRoot.resolve(".local")),
                env.port("RADHUS_LOCAL_POSTGRES_PORT", 5432),
                env.port("RADHUS_LOCAL_KAFKA_PORT", 9092),
                env.port("RADHUS_LOCAL_KAFKA_CONTROLLER_PORT", 9093),
                env.port("RADHUS_LOCAL_KEYCLOAK_PORT", 8180),
                List.of(
                        ServiceDefinition.of("meetings-service", env.port("RADHUS_LOCAL_MEETINGS_PORT", 8081),
                                env.port("RADHUS_LOCAL_MEETINGS_MANAGEMENT_PORT", 9081), "meetings"),
                        ServiceDefinition.of("budget-service", env.port("RADHUS_LOCAL_BUDGET_PORT", 8082),
                                env.port("RADHUS_LOCAL_BUDGET_MANAGEMENT_PORT", 9082), "budget"),
                        ServiceDefinition.of("strategy-service", env.port("RADHUS_LOCAL_STRATEGY_PORT", 8083),
                                env.port("RADHUS_LOCAL_STRATEGY_MANAGEMENT_PORT", 9083), "strategy")),
                env.port("RADHUS_LOCAL_PORTAL_PORT", 8084),
                bundledKeycloakVersion(),
                env.path("RADHUS_SEEDS_DIR", repositoryRoot.resolve("seeds")));
    }

    Path logs() {
        return localDirectory.resolve("logs");
    }

    Path log(String component) {
        return logs().resolve(component + ".log");
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String keycloakUrl() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    String realmUrl() {
        return keycloakUrl() + "/realms/" + REALM;
    }

    String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    /** The web portal (web-portal), in front of the services. */
    String portalUrl() {
        return "http://127.0.0.1:" + portalPort;
    }

    String jdbcUrl(ServiceDefinition service) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + service.database();
    }

    ServiceDefinition service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    private static String bundledKeycloakVersion() {
        try (InputStream in = LauncherSettings.class.getResourceAsStream("/launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("launcher.properties is missing from the launcher jar; rebuild it");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read launcher.properties", e);
        }
    }

    /** Reads typed settings from environment variables, naming the variable when a value is unusable. */
    private record EnvironmentReader(Map<String, String> environment) {

        int port(String name, int fallback) {
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int port = Integer.parseInt(value.trim());
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new LauncherException(name + " must be a TCP port (1-65535), not \"" + value + "\"");
            }
        }

        Path path(String name, Path fallback) {
            String value = environment.get(name);
            return value == null || value.isBlank() ? fallback : Path.of(value).toAbsolutePath();
        }
    }
}
