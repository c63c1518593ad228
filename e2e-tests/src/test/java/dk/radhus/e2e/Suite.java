package dk.radhus.e2e;

import java.time.Duration;
import java.util.List;

/** The three services, started once per test JVM against the harness's PostgreSQL and Kafka, stopped at exit. */
final class Suite {

    private static Suite instance;

    final ServiceProcess meetings = new ServiceProcess("meetings-service", "meetings");
    final ServiceProcess budget = new ServiceProcess("budget-service", "budget");
    final ServiceProcess strategy = new ServiceProcess("strategy-service", "strategy");

    private Suite() {
    }

    static synchronized Suite get() {
        if (instance == null) {
            Suite suite = new Suite();
            List<ServiceProcess> all = suite.all();
            all.forEach(ServiceProcess::start);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> all.forEach(ServiceProcess::stop)));
            all.forEach(s -> s.awaitReady(Duration.ofSeconds(120)));
            instance = suite;
        }
        return instance;
    }

    List<ServiceProcess> all() {
        return List.of(meetings, budget, strategy);
    }
}
