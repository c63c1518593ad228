package dk.radhus.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Quarkus test resource pointing a service at the JVM-wide PostgreSQL, Kafka and the test token issuer. Init arg
 * {@code database}: the service's database, created on demand.
 */
public class RadhusTestResources implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE_ARG);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("RadhusTestResources needs the init arg \"" + DATABASE_ARG + "\", e.g."
                    + " @WithTestResource(value = RadhusTestResources.class,"
                    + " initArgs = @ResourceArg(name = \"database\", value = \"meetings\"))");
        }
    }

    @Override
    public Map<String, String> start() {
        PostgresServer postgres = TestInfrastructure.postgres();
        KafkaBroker kafka = TestInfrastructure.kafka();
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", postgres.password(),
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "quarkus.oidc.public-key", TestTokens.publicKey(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    /** Leaves the servers running: they are shared by every application in the JVM and stopped at JVM shutdown. */
    @Override
    public void stop() {
        // nothing to release per application
    }
}
