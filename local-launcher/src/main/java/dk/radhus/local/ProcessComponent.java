package dk.radhus.local;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A component that runs as its own operating-system process (Keycloak, a service), logging to its log file. */
abstract class ProcessComponent implements Component {

    protected final LauncherSettings settings;
    private final PidFiles pidFiles;
    private ChildProcess process;
    private boolean stopped;

    ProcessComponent(LauncherSettings settings, PidFiles pidFiles) {
        this.settings = settings;
        this.pidFiles = pidFiles;
    }

    @Override
    public Path log() {
        return settings.log(name());
    }

    /** Starts a process of this component; refused once the stack is stopping. */
    protected final synchronized ChildProcess spawn(String processName, List<String> command, Map<String, String> env) {
        if (stopped) {
            throw new StackStopping();
        }
        process = ChildProcess.start(processName, command, env, settings.localDirectory(), log(), pidFiles);
        return process;
    }

    @Override
    public final Probe probe() {
        ChildProcess current;
        synchronized (this) {
            current = process;
        }
        if (current == null) {
            return Probe.notYet();
        }
        if (!current.isAlive()) {
            return Probe.failed("exited with code " + current.exitValue());
        }
        return probeRunning();
    }

    /** The readiness check of a process that is alive. */
    protected abstract Probe probeRunning();

    protected final synchronized boolean isStopped() {
        return stopped;
    }

    /** The process the component runs now, for watching it after it became ready. */
    final synchronized ChildProcess process() {
        return process;
    }

    @Override
    public void stop() {
        ChildProcess current;
        synchronized (this) {
            stopped = true;
            current = process;
        }
        if (current != null) {
            current.stop();
        }
    }

    protected static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
