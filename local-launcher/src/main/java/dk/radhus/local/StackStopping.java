package dk.radhus.local;

/** Thrown where a start step notices that the stack is being stopped; not a failure of that component. */
final class StackStopping extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StackStopping() {
        super("the stack is stopping", null, false, false);
    }
}
