package dk.radhus.local;

import java.time.Duration;

/** Starts one component and waits until it is ready, telling the console how it goes. */
final class Startup {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(20);

    private final Console console;
    private final StopSignal stopSignal;

    Startup(Console console, StopSignal stopSignal) {
        this.console = console;
        this.stopSignal = stopSignal;
    }

    /** Returns normally once ready; throws {@link ComponentFailed} or {@link StackStopping} otherwise. */
    void bringUp(Component component, String startingDetail, Duration timeout) {
        long started = System.nanoTime();
        console.starting(component.name(), startingDetail);
        try {
            component.start();
            awaitReady(component, started, timeout);
        } catch (StackStopping e) {
            throw e;
        } catch (ComponentFailed e) {
            console.failed(component.name(), since(started), e.getMessage(), component.log());
            throw e;
        } catch (LauncherException e) {
            console.failed(component.name(), since(started), e.getMessage(), component.log());
            throw new ComponentFailed(component, e.getMessage());
        } catch (RuntimeException e) {
            if (stopSignal.isRaised()) {
                throw new StackStopping();
            }
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            console.failed(component.name(), since(started), reason, component.log());
            throw new ComponentFailed(component, reason, e);
        }
        console.ready(component.name(), since(started), component.readyDetail());
    }

    private void awaitReady(Component component, long started, Duration timeout) {
        Duration nextReport = REPORT_EVERY;
        while (true) {
            Probe probe = component.probe();
            if (probe.state() == Probe.State.READY) {
                return;
            }
            if (stopSignal.isRaised()) {
                throw new StackStopping();
            }
            if (probe.state() == Probe.State.FAILED) {
                throw new ComponentFailed(component, probe.reason());
            }
            Duration elapsed = since(started);
            if (elapsed.compareTo(timeout) > 0) {
                throw new ComponentFailed(component, "not ready after " + timeout.toSeconds() + " s");
            }
            if (elapsed.compareTo(nextReport) >= 0) {
                console.waiting(component.name(), elapsed, component.log());
                nextReport = nextReport.plus(REPORT_EVERY);
            }
            stopSignal.pause(POLL);
        }
    }

    static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
