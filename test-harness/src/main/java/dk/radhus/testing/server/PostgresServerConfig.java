package dk.radhus.testing.server;

/** The lines appended to a new cluster's {@code postgresql.conf}. */
final class PostgresServerConfig {

    private static final String COMMON = String.join("\n",
            "",
            "# radhus",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "max_connections = 200",
            "");
    private static final String THROWAWAY = String.join("\n",
            "fsync = off",
            "synchronous_commit = off",
            "full_page_writes = off",
            "");

    private PostgresServerConfig() {
    }

    static String forSettings(PostgresSettings settings) {
        return settings.durable() ? COMMON : COMMON + THROWAWAY;
    }
}
