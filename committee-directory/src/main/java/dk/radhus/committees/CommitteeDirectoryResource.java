package dk.radhus.committees;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.problem.ProblemException;

/** Read-only committees, as received from meetings-service. Public: committees are public information. */
@Path("/committees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "Udvalg (read-only copy of meetings-service's committees)")
public class CommitteeDirectoryResource {

    private final CommitteeDirectory directory;

    public CommitteeDirectoryResource(CommitteeDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Operation(summary = "All committees known to this service, ordered by code")
    public List<CommitteeView> list() {
        return directory.all().stream().map(CommitteeView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One committee by its code, e.g. BEU")
    public CommitteeView get(@PathParam("code") String code) {
        return directory.find(code).map(CommitteeView::of)
                .orElseThrow(() -> ProblemException.notFound("Udvalget " + code + " findes ikke."));
    }
}
