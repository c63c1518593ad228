package dk.radhus.testing;

import java.nio.file.Path;

import dk.radhus.testing.server.Directories;
import dk.radhus.testing.server.PostgresCluster;
import dk.radhus.testing.server.PostgresSettings;
import org.jboss.logging.Logger;

/** The harness's PostgreSQL: a throwaway {@link PostgresCluster} in a temporary directory on a free port. */
final class PostgresProcess implements PostgresControl {

    static final String SUPERUSER = PostgresCluster.SUPERUSER;

    private static final Logger LOG = Logger.getLogger(PostgresProcess.class);

    private final PostgresCluster cluster;
    private final Path root;

    private PostgresProcess(PostgresCluster cluster, Path root) {
        this.cluster = cluster;
        this.root = root;
    }

    /** Initialises a fresh cluster in a new temporary directory and starts it on a free port. */
    static PostgresProcess create() {
        long started = System.nanoTime();
        Path root = Directories.createTemp("radhus-postgres-");
        PostgresProcess server;
        try {
            server = new PostgresProcess(PostgresCluster.open(PostgresSettings.throwaway(root, FreePorts.next())), root);
            server.start();
        } catch (RuntimeException | Error e) {
            Directories.deleteRecursively(root);
            throw e;
        }
        LOG.infof("PostgreSQL started on port %d in %d ms (data %s)", server.port(),
                (System.nanoTime() - started) / 1_000_000, root);
        return server;
    }

    @Override
    public int port() {
        return cluster.port();
    }

    @Override
    public void stop() {
        cluster.stop();
    }

    @Override
    public void start() {
        cluster.start();
    }

    @Override
    public boolean isRunning() {
        return cluster.isRunning();
    }

    @Override
    public void createDatabase(String database) {
        cluster.createDatabase(database);
    }

    /** Stops the server and deletes its data. */
    synchronized void destroy() {
        try {
            stop();
        } finally {
            Directories.deleteRecursively(root);
        }
    }

    static String url(int port, String database) {
        return PostgresCluster.jdbcUrl(port, database);
    }
}
