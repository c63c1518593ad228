package dk.radhus.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An operating-system lock on {@code .local/run/launcher.lock}: one launcher per stack directory at a time. */
final class RunLock {

    /** Held for the life of the JVM; a collected channel would close and release the lock. */
    private static FileLock held;

    private RunLock() {
    }

    /** Takes the lock for the life of this JVM (the OS releases it when the JVM ends, however it ends). */
    static synchronized void acquire(Path runDirectory) {
        Path file = runDirectory.resolve("launcher.lock");
        try {
            Files.createDirectories(runDirectory);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new LauncherException("Another ./run-local.sh is already running on " + runDirectory.getParent()
                        + ". Stop it first (Ctrl-C in its terminal).");
            }
            held = lock;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }
}
