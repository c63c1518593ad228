package dk.radhus.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picks currently unused TCP ports on the loopback interface, below the kernel's ephemeral range
 * ({@code ip_local_port_range}), and reserves them for the life of this JVM. A component often binds its port seconds
 * after the pick (a service waits for Keycloak, a broker for its controller). A port from the ephemeral range could
 * meanwhile become the local end of any outgoing connection on the machine (other modules' tests run beside), and the
 * component would fail to start; below the range only a listener can take it. The test JVMs that run at the same time
 * (two modules with {@code -T 2}) pick from the same range, so each pick also takes an exclusive lock on a file named
 * after the port in {@code <tmp>/radhus-ports/}, held until the JVM exits: another JVM skips a port it cannot lock.
 */
public final class FreePorts {

    private static final int LINUX_DEFAULT_EPHEMERAL_START = 32_768;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Path RESERVATIONS = Path.of(System.getProperty("java.io.tmpdir"), "radhus-ports");
    /** The reservations of this JVM, kept reachable so that their locks last until it exits. */
    private static final List<FileLock> RESERVED = new CopyOnWriteArrayList<>();

    private FreePorts() {
    }

    public static int next() {
        return next(List.of());
    }

    /** A free port that is none of {@code taken} (ports picked for components that have not bound them yet). */
    public static int next(Collection<Integer> taken) {
        int ephemeralStart = ephemeralRangeStart();
        int lowest = Math.min(20_000, ephemeralStart / 2);
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(lowest, ephemeralStart);
            if (taken.contains(port)) {
                continue;
            }
            if (!reserve(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException inUse) {
                // another listener has it: try another
            }
        }
        throw new IllegalStateException("No free TCP port on 127.0.0.1 between " + lowest + " and " + ephemeralStart);
    }

    /** Whether this JVM now holds the port's reservation: false when another JVM (or this one) already does. */
    private static boolean reserve(int port) {
        try {
            Files.createDirectories(RESERVATIONS);
            FileChannel channel = FileChannel.open(RESERVATIONS.resolve(port + ".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return false;
            }
            RESERVED.add(lock);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reserve port " + port + " in " + RESERVATIONS, e);
        }
    }

    /**
     * The first port of the kernel's ephemeral range; Linux's default where it cannot be read. Read line by line:
     * procfs reports a size of 0, and {@code Files.readString} then returns only the first byte.
     */
    static int ephemeralRangeStart() {
        try {
            return Files.exists(EPHEMERAL_RANGE)
                    ? Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).strip().split("\\s+")[0])
                    : LINUX_DEFAULT_EPHEMERAL_START;
        } catch (IOException | RuntimeException e) {
            return LINUX_DEFAULT_EPHEMERAL_START;
        }
    }
}
