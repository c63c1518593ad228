package dk.radhus.testing;

/**
 * Controls the shared PostgreSQL server. Only JDK types cross this interface, so that it can be called across
 * class loaders (see {@link SystemClassLoaderBridge}).
 */
interface PostgresControl {

    int port();

    /** Creates the database unless it exists. */
    void createDatabase(String database);

    /** {@code pg_ctl stop -m fast}; the data stays for a later {@link #start()}. */
    void stop();

    /** Starts the server on the same port with the same data directory. */
    void start();

    boolean isRunning();
}
