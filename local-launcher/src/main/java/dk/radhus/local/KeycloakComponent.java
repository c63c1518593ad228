package dk.radhus.local;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in dev mode on 127.0.0.1 with the realm of {@code deploy/keycloak/radhus-realm.json}; ready when the
 * realm's OpenID discovery document answers 200.
 */
final class KeycloakComponent extends ProcessComponent {

    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "dev-only-admin";

    private static final Duration UNPACK_TIMEOUT = Duration.ofMinutes(15);

    private final KeycloakDistribution distribution;

    KeycloakComponent(LauncherSettings settings, PidFiles pidFiles) {
        super(settings, pidFiles);
        this.distribution = new KeycloakDistribution(settings);
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(settings.keycloakPort(), "RADHUS_LOCAL_KEYCLOAK_PORT"));
    }

    /** What the console says while it starts: the first start downloads or unpacks and builds, which takes minutes. */
    String startingDetail() {
        String address = "127.0.0.1:" + settings.keycloakPort();
        if (!distribution.isUnpacked()) {
            return address + "  first start: fetching Keycloak " + settings.keycloakVersion()
                    + " through Maven, unpacking and building it (a few minutes)";
        }
        return distribution.isFirstStart() ? address + "  first start: building Keycloak and importing the realm" : address;
    }

    @Override
    public void start() {
        LogFiles.fresh(log());
        if (!distribution.isUnpacked()) {
            ChildProcess unpack = spawn("keycloak-download", distribution.unpackCommand(), Map.of());
            boolean ended = unpack.waitFor(UNPACK_TIMEOUT);
            if (isStopped()) {
                throw new StackStopping();
            }
            if (!ended || unpack.exitValue() != 0 || !distribution.isUnpacked()) {
                throw new LauncherException("Fetching or unpacking Keycloak through Maven failed: "
                        + String.join(" ", distribution.unpackCommand()));
            }
        }
        distribution.installRealm();
        spawn(name(), distribution.startCommand(), Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1",
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD));
    }

    @Override
    protected Probe probeRunning() {
        return HttpProbe.status(settings.realmUrl() + "/.well-known/openid-configuration") == 200
                ? Probe.ready() : Probe.notYet();
    }

    @Override
    public String readyDetail() {
        return settings.keycloakUrl() + "  realm " + LauncherSettings.REALM;
    }
}
