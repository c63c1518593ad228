package dk.radhus.testing.server;

import java.nio.file.Path;

/**
 * Where and how a {@link PostgresCluster} runs.
 *
 * @param root the directory the cluster owns: the data directory {@code root/data} and the tools' output
 *        {@code root/tools.log}
 * @param serverLog the server's own log file
 * @param port the TCP port on 127.0.0.1
 * @param superuserPassword the password of the superuser {@code postgres}; {@code null} for a cluster that trusts every
 *        connection from 127.0.0.1
 * @param durable whether the data must survive a machine crash; a throwaway cluster skips fsync for speed
 */
public record PostgresSettings(Path root, Path serverLog, int port, String superuserPassword, boolean durable) {

    /** A cluster for tests: trust authentication, no fsync, everything inside {@code root}. */
    public static PostgresSettings throwaway(Path root, int port) {
        return new PostgresSettings(root, root.resolve("postgres.log"), port, null, false);
    }

    /** A cluster whose data is kept: password (SCRAM) authentication over TCP, fsync on. */
    public static PostgresSettings persistent(Path root, Path serverLog, int port, String superuserPassword) {
        return new PostgresSettings(root, serverLog, port, superuserPassword, true);
    }

    Path dataDirectory() {
        return root.resolve("data");
    }

    Path toolsLog() {
        return root.resolve("tools.log");
    }

    boolean trustsEveryone() {
        return superuserPassword == null;
    }
}
