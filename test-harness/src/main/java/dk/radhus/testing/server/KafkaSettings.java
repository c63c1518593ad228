package dk.radhus.testing.server;

import java.nio.file.Path;

/**
 * Where a {@link KafkaServer} keeps its data and which loopback ports it listens on.
 *
 * @param root the directory the broker owns: its configuration and the log directory {@code root/logs}
 * @param brokerPort the client (PLAINTEXT) port on 127.0.0.1
 * @param controllerPort the KRaft controller port on 127.0.0.1
 */
public record KafkaSettings(Path root, int brokerPort, int controllerPort) {

    public KafkaSettings {
        if (brokerPort == controllerPort) {
            throw new IllegalArgumentException("The broker and the controller need different ports, not both " + brokerPort);
        }
    }

    Path logDirectory() {
        return root.resolve("logs");
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }
}
