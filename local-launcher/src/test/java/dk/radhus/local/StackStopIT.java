package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The last of the local-stack classes: SIGTERM to {@code ./run-local.sh} stops everything it started. */
@Tag("local-stack")
@Order(Integer.MAX_VALUE)
class StackStopIT {

    @Test
    void shouldLeaveNoProcessAndNoListeningPortWhenStoppedWithSigterm() {
        StackUnderTest stack = StackUnderTest.started();
        List<ProcessHandle> processes = stack.processes();
        assertThat(processes).hasSizeGreaterThan(6);

        stack.process().destroy();

        await().atMost(Duration.ofMinutes(2)).until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(stack.console()).contains("Stopping ...").contains("web-portal         stopped")
                .contains("postgres           stopped");
        for (var port : stack.ports.entrySet()) {
            assertThat(StackUnderTest.isListening(port.getValue())).as(port.getKey() + " port").isFalse();
        }
        assertThat(stack.directory.resolve("run").toFile().list((dir, name) -> name.endsWith(".pid"))).isEmpty();
    }
}
