package dk.radhus.local;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A service started the way it runs in production, {@code java -jar quarkus-app/quarkus-run.jar} (from a copy of
 * {@code <module>/target/quarkus-app} in {@code .local/apps}, see {@link AppSnapshot}), configured only by environment
 * variables; ready when {@code /q/health/ready} on its management port answers 200.
 */
final class ServiceComponent extends ProcessComponent {

    private final ServiceDefinition service;

    ServiceComponent(LauncherSettings settings, PidFiles pidFiles, ServiceDefinition service) {
        super(settings, pidFiles);
        this.service = service;
    }

    @Override
    public String name() {
        return service.name();
    }

    @Override
    public List<Port> ports() {
        String prefix = "RADHUS_LOCAL_" + service.database().toUpperCase(Locale.ROOT);
        return List.of(new Port(service.port(), prefix + "_PORT"),
                new Port(service.managementPort(), prefix + "_MANAGEMENT_PORT"));
    }

    @Override
    public void start() {
        startQuarkusApp(service.jar(settings.repositoryRoot()), environment());
    }

    @Override
    protected Probe probeRunning() {
        return HttpProbe.status(service.managementUrl() + "/q/health/ready") == 200 ? Probe.ready() : Probe.notYet();
    }

    @Override
    public String readyDetail() {
        return service.baseUrl();
    }

    /**
     * The variables a deployment sets (docs/local-run.md lists them), and Swagger UI switched on: it is off in
     * production, and this is a developer's machine.
     */
    Map<String, String> environment() {
        return Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(service.port()),
                "QUARKUS_MANAGEMENT_HOST", "127.0.0.1",
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(service.managementPort()),
                "QUARKUS_SWAGGER_UI_ENABLED", "true",
                "QUARKUS_DATASOURCE_JDBC_URL", settings.jdbcUrl(service),
                "QUARKUS_DATASOURCE_USERNAME", service.user(),
                "QUARKUS_DATASOURCE_PASSWORD", service.password(),
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", settings.realmUrl());
    }
}
