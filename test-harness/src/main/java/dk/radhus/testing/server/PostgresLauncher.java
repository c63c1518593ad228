package dk.radhus.testing.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the PostgreSQL tools are executed. initdb, pg_ctl and postgres refuse to run as root, so as root they run
 * either in a new user namespace ({@code unshare -U}: the process sees itself as an unprivileged user while the
 * files stay owned by root) or, where user namespaces are not allowed, as the user {@code nobody} via {@code runuser}.
 * Select a mode explicitly with the system property {@value #MODE_PROPERTY} ({@code unshare}, {@code runuser},
 * {@code direct}).
 */
enum PostgresLauncher {

    /** Not root: run the tools as they are. */
    DIRECT,
    /** Root: run the tools in a new, unmapped user namespace. */
    UNSHARE,
    /** Root without user namespaces: run the tools as {@code nobody}, who owns the server directory. */
    RUNUSER;

    static final String MODE_PROPERTY = "radhus.test.postgres.launcher";
    private static final String UNPRIVILEGED_USER = "nobody";

    static PostgresLauncher detect() {
        String forced = System.getProperty(MODE_PROPERTY);
        if (forced != null && !forced.isBlank()) {
            try {
                return valueOf(forced.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(MODE_PROPERTY + " must be unshare, runuser or direct, not " + forced, e);
            }
        }
        if (!runningAsRoot()) {
            return DIRECT;
        }
        if (Commands.succeeds(List.of("unshare", "-U", "true"))) {
            return UNSHARE;
        }
        if (Commands.succeeds(List.of("runuser", "-u", UNPRIVILEGED_USER, "--", "true"))) {
            return RUNUSER;
        }
        throw new IllegalStateException("Running as root, but neither 'unshare -U' nor 'runuser -u nobody' works;"
                + " PostgreSQL cannot run as root. Run the tests as an unprivileged user.");
    }

    List<String> command(Path executable, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (this == UNSHARE) {
            command.addAll(List.of("unshare", "-U"));
        } else if (this == RUNUSER) {
            command.addAll(List.of("runuser", "-u", UNPRIVILEGED_USER, "--"));
        }
        command.add(executable.toString());
        command.addAll(arguments);
        return command;
    }

    /** Makes {@code directory} usable by the user the tools run as. */
    void grantAccess(Path directory) {
        if (this != RUNUSER) {
            return;
        }
        try {
            UserPrincipal nobody = FileSystems.getDefault().getUserPrincipalLookupService()
                    .lookupPrincipalByName(UNPRIVILEGED_USER);
            Files.setOwner(directory, nobody);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + directory + " over to " + UNPRIVILEGED_USER, e);
        }
    }

    private static boolean runningAsRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
