package dk.radhus.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dk.radhus.testing.ServiceProcess;

/**
 * Starts a service's packaged jar for a benchmark, with the JVM settings of deploy/kubernetes rather than the quick-start
 * settings of the functional tests: the full JIT (C2), and the heap the pod's 512 MiB limit gives with
 * {@code -XX:MaxRAMPercentage=75} (384 MiB).
 */
final class Services {

    static final List<String> JVM_OPTIONS = List.of("-Xmx384m");

    private Services() {
    }

    /** Starts the service, waits until it is ready and stops it when the JVM exits. */
    static ServiceProcess start(String module, String database) {
        ServiceProcess service = ServiceProcess.builder(module, database)
                .jvmOptions(JVM_OPTIONS)
                .logDirectory(Path.of("target", "bench-logs"))
                .build();
        service.start();
        Runtime.getRuntime().addShutdownHook(new Thread(service::stop));
        service.awaitReady(Duration.ofSeconds(180));
        return service;
    }
}
