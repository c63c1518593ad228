package dk.radhus.local.demo;

/**
 * One domain's demo data, loaded once per fresh stack through the services' public APIs (which makes it a smoke test
 * of the stack, too). A step must tolerate data that is already there (409 Conflict), because a failed step is
 * retried on the next start.
 */
public interface DemoStep {

    /** A short name, also the name of its marker file in {@code .local/demo/}. */
    String name();

    /** Loads the data; returns a few words about what was loaded. Throws {@link DemoFailure} when an API refuses. */
    String load(DemoContext context);
}
