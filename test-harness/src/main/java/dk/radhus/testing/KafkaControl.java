package dk.radhus.testing;

/**
 * Controls the shared Kafka broker. Only JDK types cross this interface, so that it can be called across class
 * loaders (see {@link SystemClassLoaderBridge}).
 */
interface KafkaControl {

    String bootstrapServers();

    /** Shuts the broker down completely; topics and records stay in the log directory. */
    void stop();

    /** Starts the broker again on the same ports with the same, already formatted, log directory. */
    void start();

    boolean isRunning();
}
