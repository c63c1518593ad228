package dk.radhus.local;

import java.time.Duration;

/**
 * Raised once when the stack is being stopped (Ctrl-C, SIGTERM or a failed start). Everything that waits — for a
 * component to become ready, between polls — waits here, so that a stop ends every wait at once.
 */
final class StopSignal {

    private boolean raised;

    synchronized void raise() {
        raised = true;
        notifyAll();
    }

    synchronized boolean isRaised() {
        return raised;
    }

    /** Waits for {@code duration} or until the signal is raised; returns whether it was raised. */
    synchronized boolean pause(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long remaining = duration.toNanos();
        while (!raised && remaining > 0) {
            try {
                wait(Math.max(1, remaining / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return true;
            }
            remaining = deadline - System.nanoTime();
        }
        return raised;
    }

    /** Blocks until the signal is raised. */
    synchronized void await() {
        while (!raised) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
