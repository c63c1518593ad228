package dk.radhus.local;

/** A component did not become ready; the console has said why and where its log is. */
final class ComponentFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Component component;

    ComponentFailed(Component component, String reason) {
        super(reason);
        this.component = component;
    }

    ComponentFailed(Component component, String reason, Throwable cause) {
        super(reason, cause);
        this.component = component;
    }

    Component component() {
        return component;
    }
}
