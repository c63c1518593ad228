package dk.radhus.local.demo;

/** A demo step could not load its data: an API answered with an unexpected status. */
public final class DemoFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DemoFailure(String message) {
        super(message);
    }
}
