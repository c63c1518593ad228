package dk.radhus.e2e;

import java.net.URI;
import java.util.List;

import dk.radhus.testing.ServiceProcess;

/**
 * The running {@link Suite} as seen from test packages below {@code dk.radhus.e2e} (e.g. the hostile-input campaign):
 * each service's name, base URI and database, started once per JVM like every other end-to-end test.
 */
public final class SuiteServices {

    /** One running service: its module name, where it listens and the name of its database. */
    public record Service(String name, String baseUri, String database) {

        public URI uri(String path) {
            return URI.create(baseUri + path);
        }
    }

    private SuiteServices() {
    }

    /** meetings-service, budget-service and strategy-service, started and ready. */
    public static List<Service> running() {
        Suite suite = Suite.get();
        return List.of(service("meetings-service", suite.meetings), service("budget-service", suite.budget),
                service("strategy-service", suite.strategy));
    }

    private static Service service(String name, ServiceProcess process) {
        return new Service(name, process.baseUri(), process.database());
    }
}
