package dk.radhus.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A component that runs as its own operating-system process (Keycloak, a service, the web portal), logging to its log
 * file.
 */
abstract class ProcessComponent implements Component {

    /** Small heaps and the quick JIT tier: six JVMs share two cores and a developer's memory. */
    private static final List<String> APP_JVM_OPTIONS = List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

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

    /**
     * Starts a Quarkus application the way it runs in production, {@code java -jar quarkus-app/quarkus-run.jar}, from
     * a copy of its build output in {@code .local/apps/<name>} (see {@link AppSnapshot}), configured only by
     * {@code environment}.
     */
    protected final void startQuarkusApp(Path jar, Map<String, String> environment) {
        if (!Files.exists(jar)) {
            throw new LauncherException(jar + " is missing; build it with ./mvnw -B package -DskipTests"
                    + " (./run-local.sh does so when a jar is missing or older than its sources)");
        }
        LogFiles.fresh(log());
        Path app = AppSnapshot.refresh(jar.getParent(), settings.localDirectory().resolve("apps").resolve(name()));
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(APP_JVM_OPTIONS);
        command.addAll(List.of("-jar", app.resolve(jar.getFileName().toString()).toString()));
        spawn(name(), command, environment);
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
