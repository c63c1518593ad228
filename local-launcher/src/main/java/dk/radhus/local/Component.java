package dk.radhus.local;

import java.nio.file.Path;
import java.util.List;

/** One part of the local stack: PostgreSQL, Kafka, Keycloak or a service. */
interface Component {

    String name();

    /** The ports it listens on, checked before anything starts. */
    List<Port> ports();

    Path log();

    /** Starts it; may block while it prepares (initdb, unpacking). Must not start anything after {@link #stop()}. */
    void start();

    /** One readiness check. */
    Probe probe();

    /** A few words for the console once it is ready, e.g. its address. */
    String readyDetail();

    /** Stops it and whatever it started, waiting for them to end. Safe to call at any time, more than once. */
    void stop();

    /** A TCP port on 127.0.0.1 and the environment variable that moves it. */
    record Port(int number, String variable) {
    }
}
