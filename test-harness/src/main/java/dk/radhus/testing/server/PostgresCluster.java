package dk.radhus.testing.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL cluster run by zonky's bundled binaries ({@code initdb}, {@code pg_ctl}) on 127.0.0.1. The test harness
 * runs a throwaway one per JVM; the local launcher keeps one in {@code .local/postgres} across runs.
 */
public final class PostgresCluster {

    public static final String SUPERUSER = "postgres";

    private static final Logger LOG = Logger.getLogger(PostgresCluster.class);
    private static final int PG_CTL_STATUS_RUNNING = 0;
    /** Any password works against a trusting cluster; clients still have to send one. */
    private static final String TRUSTED_PASSWORD = SUPERUSER;

    private final PostgresLauncher launcher;
    private final Path binaries;
    private final PostgresSettings settings;
    private boolean running;

    private PostgresCluster(PostgresLauncher launcher, Path binaries, PostgresSettings settings) {
        this.launcher = launcher;
        this.binaries = binaries;
        this.settings = settings;
    }

    /** Initialises the cluster unless {@code root/data} already holds one; does not start it. */
    public static PostgresCluster open(PostgresSettings settings) {
        PostgresLauncher launcher = PostgresLauncher.detect();
        createDirectories(settings.root());
        launcher.grantAccess(settings.root());
        PostgresCluster cluster = new PostgresCluster(launcher, PostgresBinaries.extract(), settings);
        cluster.initdbUnlessInitialised();
        return cluster;
    }

    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return settings.port();
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(settings.port(), database);
    }

    public String superuserPassword() {
        return settings.trustsEveryone() ? TRUSTED_PASSWORD : settings.superuserPassword();
    }

    /** Starts the server, first stopping one that an earlier, killed process left running on the same data. */
    public synchronized void start() {
        if (running) {
            return;
        }
        stopLeftoverServer();
        createServerLog();
        pgCtl(List.of("-D", dataDirectory(), "-l", settings.serverLog().toString(), "-o", "-p " + settings.port(),
                "-w", "-t", "60", "start"));
        running = true;
        LOG.debugf("PostgreSQL on port %d started", settings.port());
    }

    /** {@code pg_ctl stop -m fast}; the data stays for a later {@link #start()}. */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        pgCtl(List.of("-D", dataDirectory(), "-m", "fast", "-w", "-t", "60", "stop"));
        running = false;
        LOG.debugf("PostgreSQL on port %d stopped", settings.port());
    }

    public synchronized boolean isRunning() {
        return running;
    }

    /** Creates the database, owned by the superuser, unless it exists. */
    public synchronized void createDatabase(String database) {
        databases().create(database, null);
    }

    /** Creates (or updates the password of) the login role {@code owner}, and the database it owns unless it exists. */
    public synchronized void createDatabase(String database, String owner, String ownerPassword) {
        PostgresDatabases databases = databases();
        databases.createOrUpdateRole(owner, ownerPassword);
        databases.create(database, owner);
    }

    private PostgresDatabases databases() {
        return new PostgresDatabases(jdbcUrl("postgres"), SUPERUSER, superuserPassword());
    }

    private void initdbUnlessInitialised() {
        Path data = settings.dataDirectory();
        if (Files.exists(data.resolve("PG_VERSION"))) {
            return;
        }
        Directories.deleteRecursively(data);
        long started = System.nanoTime();
        List<String> arguments = new ArrayList<>(List.of("-D", data.toString(), "--no-locale", "-E", "UTF8",
                "-U", SUPERUSER, "--no-instructions"));
        Path passwordFile = settings.root().resolve("superuser.pw");
        try {
            if (settings.trustsEveryone()) {
                arguments.addAll(List.of("-A", "trust"));
            } else {
                Files.writeString(passwordFile, settings.superuserPassword(), StandardCharsets.UTF_8);
                arguments.addAll(List.of("--auth-host=scram-sha-256", "--auth-local=trust", "--pwfile=" + passwordFile));
            }
            run("initdb", arguments);
            Files.writeString(data.resolve("postgresql.conf"), PostgresServerConfig.forSettings(settings),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            Files.deleteIfExists(passwordFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot initialise " + data, e);
        }
        LOG.debugf("Initialised a PostgreSQL cluster in %s in %d ms", data, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Stops a server that an earlier process started on this data directory and left running (it was killed before it
     * could stop it); returns whether there was one.
     */
    public synchronized boolean stopLeftoverServer() {
        if (running || !Files.exists(settings.dataDirectory().resolve("postmaster.pid"))) {
            return false;
        }
        int status = Commands.run(launcher.command(tool("pg_ctl"), List.of("-D", dataDirectory(), "status")),
                settings.toolsLog());
        if (status != PG_CTL_STATUS_RUNNING) {
            return false;
        }
        LOG.warnf("A PostgreSQL server from an earlier run still uses %s; stopping it", dataDirectory());
        pgCtl(List.of("-D", dataDirectory(), "-m", "fast", "-w", "-t", "60", "stop"));
        return true;
    }

    private void createServerLog() {
        try {
            Path log = settings.serverLog();
            createDirectories(log.getParent());
            if (!Files.exists(log)) {
                Files.createFile(log);
                launcher.grantAccess(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + settings.serverLog(), e);
        }
    }

    private void pgCtl(List<String> arguments) {
        try {
            run("pg_ctl", arguments);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\nServer log:\n" + Commands.tail(settings.serverLog()), e);
        }
    }

    private void run(String tool, List<String> arguments) {
        Commands.runOrFail(launcher.command(tool(tool), arguments), settings.toolsLog());
    }

    private Path tool(String name) {
        return binaries.resolve("bin").resolve(name);
    }

    private String dataDirectory() {
        return settings.dataDirectory().toString();
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
