package dk.radhus.local;

/** A problem the person running the launcher can fix; its message is printed as it is, without a stack trace. */
class LauncherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LauncherException(String message) {
        super(message);
    }
}
