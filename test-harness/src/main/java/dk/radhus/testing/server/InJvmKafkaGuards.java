package dk.radhus.testing.server;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.apache.kafka.common.utils.Exit;
import org.jboss.logmanager.Logger;

/** Keeps the in-JVM broker from flooding the test log or terminating the test JVM. */
final class InJvmKafkaGuards {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(InJvmKafkaGuards.class);
    private static final List<String> BROKER_CATEGORIES = List.of("kafka", "state.change.logger", "org.apache.kafka");
    private static final List<Logger> QUIETED = new ArrayList<>();

    private InJvmKafkaGuards() {
    }

    /** Sets the Kafka log categories to WARN unless a level was configured for them already. */
    static synchronized void quietLoggers() {
        for (String category : BROKER_CATEGORIES) {
            Logger logger = Logger.getLogger(category);
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
                QUIETED.add(logger);
            }
        }
    }

    /** Kafka calls {@link Exit} on fatal errors; inside a test JVM that must fail the test, not end the JVM. */
    static void preventSystemExit() {
        Exit.setExitProcedure((statusCode, message) -> refuse("exit", statusCode, message));
        Exit.setHaltProcedure((statusCode, message) -> refuse("halt", statusCode, message));
    }

    private static void refuse(String request, int statusCode, String message) {
        String text = "The in-JVM Kafka broker requested " + request + "(" + statusCode + "): " + message;
        LOG.error(text);
        throw new IllegalStateException(text);
    }
}
