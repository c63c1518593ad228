package dk.radhus.testing;

/** The JVM-wide single-node Kafka test broker; obtain it from {@link TestInfrastructure#kafka()}. */
public final class KafkaBroker {

    private final KafkaControl control;

    KafkaBroker(KafkaControl control) {
        this.control = control;
    }

    /** {@code 127.0.0.1:<port>}; stays the same across {@link #stop()} and {@link #start()}. */
    public String bootstrapServers() {
        return control.bootstrapServers();
    }

    /** Shuts the broker down completely (clients see it as gone); topics and records are kept. */
    public void stop() {
        control.stop();
    }

    /** Starts the broker again on the same port with the same log directory. */
    public void start() {
        control.start();
    }

    public boolean isRunning() {
        return control.isRunning();
    }
}
