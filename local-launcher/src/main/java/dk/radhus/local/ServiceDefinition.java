package dk.radhus.local;

import java.nio.file.Path;

/**
 * One of the three services as the launcher runs it: from {@code <module>/target/quarkus-app/quarkus-run.jar}, on
 * its port (the API) and its management port (health and metrics, as in production), with its own database and login
 * role (the dev defaults of its {@code application.properties}).
 */
record ServiceDefinition(String name, int port, int managementPort, String database, String user, String password) {

    static ServiceDefinition of(String name, int port, int managementPort, String database) {
        return new ServiceDefinition(name, port, managementPort, database, database, "dev-only-" + database);
    }

    Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Where {@code /q/health} and {@code /q/metrics} are. */
    String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    ServiceDefinition onPort(int newPort) {
        return new ServiceDefinition(name, newPort, managementPort, database, user, password);
    }
}
