package dk.radhus.testing;

/** Entry point to the PostgreSQL server and Kafka broker shared by all tests of a JVM, started on first use. */
public final class TestInfrastructure {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;

    private TestInfrastructure() {
    }

    /** The JVM-wide PostgreSQL server, started on the first call and stopped by a JVM shutdown hook. */
    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = new PostgresServer(SystemClassLoaderBridge.postgres());
        }
        return postgres;
    }

    /** The JVM-wide Kafka broker, started on the first call and stopped by a JVM shutdown hook. */
    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = new KafkaBroker(SystemClassLoaderBridge.kafka());
        }
        return kafka;
    }
}
