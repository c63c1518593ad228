package dk.radhus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.postgresql.Driver;

/** A PostgreSQL server process (zonky's bundled binaries) on 127.0.0.1 with its data in a temporary directory. */
final class PostgresProcess implements PostgresControl {

    static final String SUPERUSER = "postgres";

    private static final Logger LOG = Logger.getLogger(PostgresProcess.class);
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String SERVER_CONFIG = String.join("\n",
            "",
            "# radhus test harness",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "max_connections = 200",
            "");

    private final PostgresLauncher launcher;
    private final Path binaries;
    private final Path root;
    private final Path dataDirectory;
    private final Path serverLog;
    private final Path commandLog;
    private final int port;
    private boolean running;

    private PostgresProcess(PostgresLauncher launcher, Path binaries, Path root, int port) {
        this.launcher = launcher;
        this.binaries = binaries;
        this.root = root;
        this.dataDirectory = root.resolve("data");
        this.serverLog = root.resolve("postgres.log");
        this.commandLog = root.resolve("commands.log");
        this.port = port;
    }

    /** Initialises a fresh cluster in a new temporary directory and starts it on a free port. */
    static PostgresProcess create() {
        long started = System.nanoTime();
        PostgresLauncher launcher = PostgresLauncher.detect();
        Path root = Directories.createTemp("radhus-postgres-");
        launcher.grantAccess(root);
        PostgresProcess server = new PostgresProcess(launcher, PostgresBinaries.extract(), root, FreePorts.next());
        try {
            server.initdb();
            server.start();
        } catch (RuntimeException | Error e) {
            Directories.deleteRecursively(root);
            throw e;
        }
        LOG.infof("PostgreSQL started on port %d in %d ms (launcher %s, data %s)", server.port,
                (System.nanoTime() - started) / 1_000_000, launcher, server.dataDirectory);
        return server;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        pgCtl(List.of("-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        running = false;
        LOG.debugf("PostgreSQL on port %d stopped", port);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        pgCtl(List.of("-D", dataDirectory.toString(), "-l", serverLog.toString(), "-w", "-t", "60", "start"));
        running = true;
        LOG.debugf("PostgreSQL on port %d started", port);
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public synchronized void createDatabase(String database) {
        Properties credentials = new Properties();
        credentials.setProperty("user", SUPERUSER);
        credentials.setProperty("password", SUPERUSER);
        try (Connection connection = new Driver().connect(url(port, "postgres"), credentials);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE \"" + database + "\"");
                LOG.debugf("Created database %s", database);
            }
        } catch (SQLException e) {
            if (!DUPLICATE_DATABASE.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create database " + database + " on port " + port, e);
            }
        }
    }

    /** Stops the server and deletes its data. */
    synchronized void destroy() {
        try {
            stop();
        } finally {
            Directories.deleteRecursively(root);
        }
    }

    private void initdb() {
        run("initdb", List.of("-D", dataDirectory.toString(), "--no-locale", "-E", "UTF8", "-U", SUPERUSER,
                "-A", "trust", "--no-instructions"));
        try {
            Files.writeString(dataDirectory.resolve("postgresql.conf"), SERVER_CONFIG + "port = " + port + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot configure " + dataDirectory, e);
        }
    }

    private void pgCtl(List<String> arguments) {
        try {
            run("pg_ctl", arguments);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\nServer log:\n" + Commands.tail(serverLog), e);
        }
    }

    private void run(String tool, List<String> arguments) {
        Commands.runOrFail(launcher.command(binaries.resolve("bin").resolve(tool), arguments), commandLog);
    }

    static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
