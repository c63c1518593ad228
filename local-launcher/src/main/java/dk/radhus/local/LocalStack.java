package dk.radhus.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

/**
 * The whole local stack. PostgreSQL, Kafka and Keycloak start in parallel; the services start as soon as PostgreSQL and
 * Kafka are ready (they reach Keycloak only when a request carries a token); the web portal once Keycloak and the
 * services are ready (it reads the realm's discovery document at start). Stops in reverse: the portal and the services
 * first, so that they can finish their work against the infrastructure.
 */
final class LocalStack {

    private static final Logger LOG = Logger.getLogger(LocalStack.class);
    private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(5);

    private final Console console;
    private final StopSignal stopSignal;
    private final Startup startup;
    private final PostgresComponent postgres;
    private final KafkaComponent kafka;
    private final KeycloakComponent keycloak;
    private final List<ServiceComponent> services;
    private final PortalComponent portal;
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "radhus-local-start");
        thread.setDaemon(true);
        return thread;
    });
    private boolean stopped;

    LocalStack(LauncherSettings settings, PidFiles pidFiles, Console console, StopSignal stopSignal) {
        this.console = console;
        this.stopSignal = stopSignal;
        this.startup = new Startup(console, stopSignal);
        this.postgres = new PostgresComponent(settings);
        this.kafka = new KafkaComponent(settings);
        this.keycloak = new KeycloakComponent(settings, pidFiles);
        this.services = settings.services().stream().map(s -> new ServiceComponent(settings, pidFiles, s)).toList();
        this.portal = new PortalComponent(settings, pidFiles);
    }

    /** Stops a PostgreSQL server that a killed launcher left running; returns whether there was one. */
    boolean stopLeftoverPostgres() {
        return postgres.stopLeftover();
    }

    List<Component> components() {
        List<Component> all = new ArrayList<>(List.of(postgres, kafka, keycloak));
        all.addAll(services);
        all.add(portal);
        return all;
    }

    /** Starts everything and returns once all components are ready; throws {@link ComponentFailed} otherwise. */
    void start() {
        CompletableFuture<Void> database = async(postgres, "127.0.0.1:" + postgres.ports().get(0).number(),
                INFRASTRUCTURE_TIMEOUT);
        CompletableFuture<Void> broker = async(kafka, "127.0.0.1:" + kafka.ports().get(0).number(),
                INFRASTRUCTURE_TIMEOUT);
        CompletableFuture<Void> identity = async(keycloak, keycloak.startingDetail(), KEYCLOAK_TIMEOUT);
        CompletableFuture<Void> apps = CompletableFuture.allOf(database, broker).thenCompose(ready ->
                CompletableFuture.allOf(services.stream()
                        .map(s -> async(s, "127.0.0.1:" + s.ports().get(0).number(), SERVICE_TIMEOUT))
                        .toArray(CompletableFuture[]::new)));
        CompletableFuture<Void> pages = CompletableFuture.allOf(identity, apps).thenCompose(ready ->
                async(portal, "127.0.0.1:" + portal.ports().get(0).number(), SERVICE_TIMEOUT));
        try {
            firstFailureOf(List.of(database, broker, identity, apps, pages)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Prints a line when a service or the portal, once ready, exits on its own, e.g. after an out-of-memory error. */
    void watchServices() {
        List<ProcessComponent> watched = new ArrayList<>(services);
        watched.add(portal);
        for (ProcessComponent component : watched) {
            ChildProcess process = component.process();
            process.onExit().thenRun(() -> {
                if (!stopSignal.isRaised()) {
                    console.failed(component.name(), Duration.ZERO,
                            "exited unexpectedly with code " + process.exitValue(), component.log());
                }
            });
        }
    }

    /** Stops every component, the portal and the services first; safe to call more than once and while starting. */
    void stop() {
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        stopSignal.raise();
        console.blank();
        console.line("Stopping ...");
        List<Component> apps = new ArrayList<>(services);
        apps.add(portal);
        List<CompletableFuture<Void>> appStops = apps.stream()
                .map(a -> CompletableFuture.runAsync(() -> stopQuietly(a), executor)).toList();
        CompletableFuture.allOf(appStops.toArray(CompletableFuture[]::new)).join();
        stopQuietly(keycloak);
        stopQuietly(kafka);
        stopQuietly(postgres);
        executor.shutdownNow();
    }

    private void stopQuietly(Component component) {
        long started = System.nanoTime();
        try {
            component.stop();
            console.stopped(component.name(), Startup.since(started));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Stopping %s failed", component.name());
            console.failed(component.name(), Startup.since(started), "did not stop cleanly: " + e.getMessage(),
                    component.log());
        }
    }

    private CompletableFuture<Void> async(Component component, String detail, Duration timeout) {
        return CompletableFuture.runAsync(() -> startup.bringUp(component, detail, timeout), executor);
    }

    /** Completes when all complete, or exceptionally as soon as the first one fails. */
    private static CompletableFuture<Void> firstFailureOf(List<CompletableFuture<Void>> futures) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        futures.forEach(f -> f.whenComplete((ok, error) -> {
            if (error != null) {
                outcome.completeExceptionally(error instanceof CompletionException ? error.getCause() : error);
            }
        }));
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenRun(() -> outcome.complete(null));
        return outcome;
    }
}
