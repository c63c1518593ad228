package dk.radhus.testing;

import java.util.regex.Pattern;

/**
 * A PostgreSQL test server on 127.0.0.1: the JVM-wide one from {@link TestInfrastructure#postgres()}, or one of a test's
 * own from {@link #startPrivate()}.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");

    private final PostgresControl control;

    private final PostgresProcess owned;

    PostgresServer(PostgresControl control) {
        this.control = control;
        this.owned = null;
    }

    private PostgresServer(PostgresProcess owned) {
        this.control = owned;
        this.owned = owned;
    }

    /**
     * Starts a server of the caller's own, which no other test stops or restarts (a test restarting the JVM-wide one
     * would break a test running beside it); {@link #close()} stops it and deletes its data.
     */
    public static PostgresServer startPrivate() {
        return new PostgresServer(PostgresProcess.create());
    }

    /**
     * Returns {@code jdbc:postgresql://127.0.0.1:<port>/<database>}, creating the database first if it does not exist
     * yet. Database names are limited to letters, digits, {@code _}, {@code $} and {@code -}.
     */
    public String jdbcUrl(String database) {
        if (database == null || !DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Unsupported database name: " + database);
        }
        control.createDatabase(database);
        return PostgresProcess.url(control.port(), database);
    }

    /** The superuser {@code postgres}. */
    public String username() {
        return PostgresProcess.SUPERUSER;
    }

    /** A password to configure; the server trusts connections from 127.0.0.1, so it is not checked. */
    public String password() {
        return PostgresProcess.SUPERUSER;
    }

    public int port() {
        return control.port();
    }

    /** Shuts the server down ({@code pg_ctl stop -m fast}); the data stays for a later {@link #start()}. */
    public void stop() {
        control.stop();
    }

    /** Starts the server again on the same port with the same data. */
    public void start() {
        control.start();
    }

    public boolean isRunning() {
        return control.isRunning();
    }

    /** Stops a server from {@link #startPrivate()} and deletes its data; the JVM-wide server is left to its JVM. */
    @Override
    public void close() {
        if (owned != null) {
            owned.destroy();
        }
    }
}
