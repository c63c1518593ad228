package dk.radhus.e2e;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A separate JVM that takes the outbox relay's advisory lock in an open transaction and keeps it, as a relay does in
 * the middle of a batch; killing it with SIGKILL is a relay's holder dying mid-batch. The lock is the one
 * {@code OutboxStore.lockNextBatch} takes (same key), so a change of key there lets the relay publish while this holds
 * the old one, and {@link RelayTakeoverIT} fails.
 */
final class RelayLockHolder {

    private static final String HOLDING = "holding";

    private RelayLockHolder() {
    }

    /** Starts a holder on the database and returns once it holds the lock. */
    static Process start(String jdbcUrl, String user, String password) throws IOException {
        // Only this class and the driver on the class path, and a small JVM: it starts in a fraction of the time.
        String classPath = location(RelayLockHolder.class) + File.pathSeparator + location(org.postgresql.Driver.class);
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", classPath,
                RelayLockHolder.class.getName(), jdbcUrl, user, password))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = output.readLine();
        if (!HOLDING.equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("The lock holder did not get the relay's lock: " + line);
        }
        return process;
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws SQLException, InterruptedException {
        Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT pg_try_advisory_xact_lock(hashtextextended('outbox:relay', 0))")) {
            result.next();
            System.out.println(result.getBoolean(1) ? HOLDING : "not held");
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    /** SIGKILL: the holder's connection closes without a word, as a crashed relay's does. */
    static void kill(Process holder) throws InterruptedException {
        holder.destroyForcibly().waitFor();
    }
}
