package dk.radhus.portal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dk.radhus.testing.ServiceProcess;
import dk.radhus.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The three packaged services ({@code java -jar}) against the harness's real PostgreSQL and Kafka, and the portal
 * pointed at them and at a {@link FakeKeycloak} that publishes the test key. The portal runs with its production OIDC
 * settings (the "hybrid" application type): the harness's test tokens are accepted as bearer tokens and passed on to
 * the services, and an anonymous visit to a staff page is redirected to the provider's login.
 */
public class Backends implements QuarkusTestResourceLifecycleManager {

    /** The services run from a copy of their build, so that a rebuild in the work tree cannot pull it away. */
    private static final Path COPIES = Path.of("target", "service-builds");

    /** Bound first, so that the free ports picked for the services cannot be its port. */
    private final FakeKeycloak keycloak = new FakeKeycloak();
    private final ServiceProcess meetings = service("meetings-service", "meetings");
    /**
     * budget-service with a body limit below the portal's own (50M), set as an operator would: its default (64M, for a
     * million account lines) is above the portal's, so without it no upload could be too large for the service alone.
     */
    private final ServiceProcess budget = ServiceProcess.builder("budget-service", "budget").runFrom(COPIES)
            .environment("QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE", RefusedRequestsTest.SERVICE_LIMIT_SETTING).build();
    private final ServiceProcess strategy = service("strategy-service", "strategy");

    private static ServiceProcess service(String module, String database) {
        return ServiceProcess.builder(module, database).runFrom(COPIES).build();
    }

    private List<ServiceProcess> all() {
        return List.of(meetings, budget, strategy);
    }

    @Override
    public Map<String, String> start() {
        keycloak.start();
        all().forEach(ServiceProcess::start);
        all().forEach(s -> s.awaitReady(Duration.ofSeconds(300)));
        return Map.ofEntries(
                Map.entry("quarkus.rest-client.meetings.url", meetings.baseUri()),
                Map.entry("quarkus.rest-client.budget.url", budget.baseUri()),
                Map.entry("quarkus.rest-client.strategy.url", strategy.baseUri()),
                Map.entry("quarkus.oidc.auth-server-url", keycloak.realmUrl()),
                Map.entry("quarkus.oidc.token.issuer", TestTokens.ISSUER));
    }

    @Override
    public void stop() {
        all().forEach(ServiceProcess::stop);
        keycloak.stop();
    }
}
