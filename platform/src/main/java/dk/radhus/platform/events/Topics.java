package dk.radhus.platform.events;

import java.util.List;

/** Every Kafka topic of the suite, in one place. A topic's dead-letter topic is its name plus {@link #DLQ_SUFFIX}. */
public final class Topics {

    /** Committees (udvalg) as meetings-service owns them; compacted, keyed by committee code. */
    public static final String COMMITTEES = "radhus.committees";

    public static final String DLQ_SUFFIX = ".dlq";

    /** Topics that keep only the newest record per key. */
    public static final List<String> COMPACTED = List.of(COMMITTEES);

    public static final List<String> ALL = List.of(COMMITTEES);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
