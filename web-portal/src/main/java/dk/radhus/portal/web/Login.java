package dk.radhus.portal.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/** "Log ind": after Keycloak's login, each user lands on their own page. */
@Path("/log-ind")
@Authenticated
public class Login {

    private final PortalUser user;

    public Login(PortalUser user) {
        this.user = user;
    }

    @GET
    public Response login() {
        String home = user.isDirector() ? "/direktion" : user.isFinance() ? "/okonomi" : "/";
        return Response.seeOther(URI.create(home)).build();
    }
}
