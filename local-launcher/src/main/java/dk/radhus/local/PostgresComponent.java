package dk.radhus.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dk.radhus.testing.server.PostgresCluster;
import dk.radhus.testing.server.PostgresSettings;

/**
 * PostgreSQL with its data in {@code .local/postgres}, started by the harness's {@link PostgresCluster}. Creates each
 * service's login role and database on every start, so that a service added later gets its database too.
 */
final class PostgresComponent implements Component {

    private final LauncherSettings settings;
    private PostgresCluster cluster;
    private boolean stopped;

    PostgresComponent(LauncherSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public List<Port> ports() {
        return List.of(new Port(settings.postgresPort(), "RADHUS_LOCAL_POSTGRES_PORT"));
    }

    @Override
    public Path log() {
        return settings.log(name());
    }

    @Override
    public synchronized void start() {
        if (stopped) {
            throw new StackStopping();
        }
        LogFiles.fresh(log());
        cluster = open();
        cluster.start();
        for (ServiceDefinition service : settings.services()) {
            cluster.createDatabase(service.database(), service.user(), service.password());
        }
    }

    /** Stops the server a killed launcher left running on .local/postgres; returns whether there was one. */
    synchronized boolean stopLeftover() {
        return Files.exists(settings.localDirectory().resolve("postgres/data/postmaster.pid")) && open().stopLeftoverServer();
    }

    private PostgresCluster open() {
        return PostgresCluster.open(PostgresSettings.persistent(settings.localDirectory().resolve("postgres"), log(),
                settings.postgresPort(), LauncherSettings.POSTGRES_SUPERUSER_PASSWORD));
    }

    @Override
    public synchronized Probe probe() {
        return cluster != null && cluster.isRunning() ? Probe.ready() : Probe.notYet();
    }

    @Override
    public String readyDetail() {
        return "127.0.0.1:" + settings.postgresPort() + "  databases "
                + String.join(", ", settings.services().stream().map(ServiceDefinition::database).toList());
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        if (cluster != null) {
            cluster.stop();
        }
    }
}
