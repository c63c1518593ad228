package dk.radhus.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The web portal ({@code web-portal}, docs/web-portal.md) in front of the three services, started like them from a
 * copy of its build; it needs Keycloak (it reads the realm's discovery document at start) and the services. Ready when
 * {@code /q/health/ready} answers 200.
 */
final class PortalComponent extends ProcessComponent {

    static final String NAME = "web-portal";

    PortalComponent(LauncherSettings settings, PidFiles pidFiles) {
        super(settings, pidFiles);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(settings.portalPort(), "RADHUS_LOCAL_PORTAL_PORT"));
    }

    private Path jar() {
        return settings.repositoryRoot().resolve(NAME).resolve("target/quarkus-app/quarkus-run.jar");
    }

    @Override
    public void start() {
        startQuarkusApp(jar(), environment());
    }

    @Override
    protected Probe probeRunning() {
        return HttpProbe.status(settings.portalUrl() + "/q/health/ready") == 200 ? Probe.ready() : Probe.notYet();
    }

    @Override
    public String readyDetail() {
        return settings.portalUrl();
    }

    /** The variables of docs/web-portal.md: the services' and the realm's addresses, the client's dev secret. */
    Map<String, String> environment() {
        return Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(settings.portalPort()),
                "RADHUS_MEETINGS_URL", settings.service("meetings-service").baseUrl(),
                "RADHUS_BUDGET_URL", settings.service("budget-service").baseUrl(),
                "RADHUS_STRATEGY_URL", settings.service("strategy-service").baseUrl(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", settings.realmUrl(),
                "RADHUS_PORTAL_CLIENT_SECRET", RealmFile.of(settings).portalClientSecret(),
                "TZ", "Europe/Copenhagen");
    }
}
