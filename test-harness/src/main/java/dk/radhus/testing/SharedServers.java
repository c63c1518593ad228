package dk.radhus.testing;

import org.jboss.logging.Logger;

/**
 * Owns the server processes. {@link SystemClassLoaderBridge} calls it in the system class loader, so its statics
 * exist once per JVM even when Quarkus loads the harness again for every test profile.
 */
final class SharedServers {

    private static final Logger LOG = Logger.getLogger(SharedServers.class);

    private static PostgresProcess postgres;
    private static InJvmKafkaBroker kafka;
    private static boolean shutdownHookRegistered;

    private SharedServers() {
    }

    static synchronized PostgresControl postgres() {
        if (postgres == null) {
            registerShutdownHook();
            postgres = PostgresProcess.create();
        }
        return postgres;
    }

    static synchronized KafkaControl kafka() {
        if (kafka == null) {
            registerShutdownHook();
            kafka = InJvmKafkaBroker.create();
        }
        return kafka;
    }

    private static void registerShutdownHook() {
        if (!shutdownHookRegistered) {
            Runtime.getRuntime().addShutdownHook(new Thread(SharedServers::shutdown, "radhus-test-infrastructure-shutdown"));
            shutdownHookRegistered = true;
        }
    }

    private static synchronized void shutdown() {
        if (kafka != null) {
            try {
                kafka.destroy();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the test Kafka broker failed", e);
            }
        }
        if (postgres != null) {
            try {
                postgres.destroy();
            } catch (RuntimeException e) {
                LOG.warn("Stopping the test PostgreSQL server failed", e);
            }
        }
    }
}
