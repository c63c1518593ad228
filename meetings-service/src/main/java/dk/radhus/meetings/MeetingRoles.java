package dk.radhus.meetings;

import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who sees more than the public in meetings-service: the secretariat, directors and administrators are privileged and
 * see draft meetings and closed items; everyone else, anonymous or not, sees the public projection only.
 */
public final class MeetingRoles {

    private static final String[] PRIVILEGED = {Roles.SECRETARY, Roles.DIRECTOR, Roles.ADMIN};

    private MeetingRoles() {
    }

    public static boolean privileged(Caller caller) {
        return caller.hasAnyRole(PRIVILEGED);
    }

    /** For code on the IO thread, which gets the identity deferred. */
    public static boolean privileged(SecurityIdentity identity) {
        return Caller.hasAnyRole(identity, PRIVILEGED);
    }
}
