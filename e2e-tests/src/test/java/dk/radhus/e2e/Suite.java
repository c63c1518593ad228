package dk.radhus.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dk.radhus.testing.ServiceProcess;

/**
 * The three services, started once per test JVM against the harness's PostgreSQL and Kafka, each from a private copy of
 * its packaged application, stopped at exit. If they cannot all be started, none is left running and every later test
 * gets the same failure at once.
 */
public final class Suite {

    /**
     * Readiness goes DOWN when the oldest unpublished outbox event is older than this (production default 60 s);
     * short, so that the broker-outage test sees it within its 20 s outage.
     */
    static final Duration OUTBOX_MAX_BACKLOG_AGE = Duration.ofSeconds(10);

    /**
     * How often a service looks for Kafka client metrics created since (production default 60 s); short, so that
     * the metrics test sees a partition's lag soon after the first fetch from it.
     */
    static final Duration KAFKA_METRICS_REFRESH = Duration.ofSeconds(2);

    private static final Map<String, String> ENVIRONMENT = Map.of(
            "RADHUS_OUTBOX_MAX_BACKLOG_AGE", OUTBOX_MAX_BACKLOG_AGE.toSeconds() + "s",
            "RADHUS_METRICS_KAFKA_REFRESH", KAFKA_METRICS_REFRESH.toSeconds() + "s");

    private static Suite instance;
    private static RuntimeException startFailure;

    private final Path copies = temporaryDirectory();
    public final ServiceProcess meetings = service("meetings-service", "meetings");
    public final ServiceProcess budget = service("budget-service", "budget");
    public final ServiceProcess strategy = service("strategy-service", "strategy");

    private Suite() {
    }

    /** Logs in {@code e2e-tests/target/e2e-logs/<module>.log}; each service runs from its own copy of its build. */
    private ServiceProcess service(String module, String database) {
        return ServiceProcess.builder(module, database).environment(ENVIRONMENT).runFrom(copies)
                .logDirectory(Path.of("target", "e2e-logs")).build();
    }

    public static synchronized Suite get() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (instance == null) {
            Suite suite = new Suite();
            Runtime.getRuntime().addShutdownHook(new Thread(suite::stop));
            try {
                suite.all().forEach(ServiceProcess::start);
                suite.all().forEach(s -> s.awaitReady(Duration.ofSeconds(120)));
            } catch (RuntimeException e) {
                suite.stop();
                startFailure = e;
                throw e;
            }
            instance = suite;
        }
        return instance;
    }

    public List<ServiceProcess> all() {
        return List.of(meetings, budget, strategy);
    }

    /**
     * Stops the three at the same time: Surefire halts a test JVM whose shutdown hooks take over 30 s, which would
     * leave the services running.
     */
    private void stop() {
        all().forEach(ServiceProcess::terminate);
        all().forEach(ServiceProcess::stop);
        if (!Files.exists(copies)) {
            return;
        }
        try (Stream<Path> files = Files.walk(copies)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("radhus-e2e-apps-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
