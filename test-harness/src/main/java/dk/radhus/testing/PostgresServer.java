package dk.radhus.testing;

import java.util.regex.Pattern;

/** The JVM-wide PostgreSQL test server on 127.0.0.1; obtain it from {@link TestInfrastructure#postgres()}. */
public final class PostgresServer {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$-]{0,62}");

    private final PostgresControl control;

    PostgresServer(PostgresControl control) {
        this.control = control;
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
}
