package dk.radhus.meetings.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingRoles;
import dk.radhus.meetings.repository.Snapshots;
import dk.radhus.meetings.service.AgendaItemService;
import dk.radhus.meetings.service.MeetingService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/** Meetings: the public sees published ones, staff see all; the secretariat plans and runs them. */
@Path("/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Møder, fremmøde og mødets forløb")
public class MeetingResource {

    private final MeetingService meetings;
    private final AgendaItemService items;
    private final ItemViews views;
    private final Caller caller;
    private final PublicMeetingCache publicMeetings;
    private final CurrentIdentityAssociation identities;
    private final Snapshots snapshots;
    private final Vertx vertx;

    public MeetingResource(MeetingService meetings, AgendaItemService items, ItemViews views, Caller caller,
            PublicMeetingCache publicMeetings, CurrentIdentityAssociation identities, Snapshots snapshots,
            Vertx vertx) {
        this.meetings = meetings;
        this.items = items;
        this.views = views;
        this.caller = caller;
        this.publicMeetings = publicMeetings;
        this.identities = identities;
        this.snapshots = snapshots;
        this.vertx = vertx;
    }

    @GET
    @Operation(summary = "Meetings, newest first; the public sees only meetings whose agenda is published")
    public List<MeetingSummary> list(@QueryParam("committee") String committee,
            @Parameter(example = "2011-01-01") @QueryParam("from") String from,
            @Parameter(example = "2011-12-31") @QueryParam("to") String to) {
        return meetings.list(committee, QueryDates.startOf("from", from), QueryDates.endOf("to", to),
                MeetingRoles.privileged(caller)).stream().map(MeetingSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One meeting with attendance and agenda; closed items are 'Lukket punkt' for the public")
    @APIResponse(responseCode = "200", description = "The meeting as the caller may see it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MeetingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such meeting, or not yet published")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return identities.getDeferredIdentity()
                .flatMap(identity -> Uni.createFrom().completionStage(MeetingRoles.privileged(identity)
                        ? vertx.executeBlocking(() -> snapshots.read(() -> staffView(id)), false).toCompletionStage()
                        : publicMeetings.json(id).thenApply(json -> json
                                .map(bytes -> Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).build()))))
                .map(response -> response.orElseThrow(() -> ProblemException.notFound("Mødet findes ikke.")));
    }

    /** Everything of the meeting, for staff; blocking, so it runs on a worker thread, in one snapshot. */
    private Optional<Response> staffView(UUID id) {
        return meetings.findVisible(id, true).map(meeting -> Response
                .ok(MeetingResponse.of(meeting, views.view(meeting, items.items(id), true))).build());
    }

    @POST
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Plan a meeting (state PLANNED); drafted items waiting for the committee land on it")
    @APIResponse(responseCode = "201", description = "Created; Location names the new meeting")
    public Response create(@Valid @NotNull MeetingRequest request) {
        Meeting meeting = meetings.create(request.plan());
        return Response.created(URI.create("/meetings/" + meeting.id))
                .entity(MeetingResponse.of(meeting, views.view(meeting, items.items(meeting.id), true))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change a meeting's committee, time or place")
    @APIResponse(responseCode = "409", description = "Minutes approved or meeting cancelled")
    public MeetingSummary update(@PathParam("id") UUID id, @Valid @NotNull MeetingRequest request) {
        return MeetingSummary.of(meetings.update(id, request.plan()));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Move the meeting on: PLANNED → AGENDA_PUBLISHED → HELD → MINUTES_APPROVED, or CANCELLED; "
            + "publishing emits AgendaPublished, approval emits MinutesApproved")
    @APIResponse(responseCode = "409", description = "The transition is not allowed from the current state")
    public MeetingSummary transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest request) {
        return MeetingSummary.of(meetings.transition(id, request.to()));
    }

    @PUT
    @Path("/{id}/attendance")
    @RolesAllowed(Roles.SECRETARY)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Replace the attendance list: who was present and who sent apologies (afbud)")
    public MeetingResponse attendance(@PathParam("id") UUID id,
            @Valid @NotNull List<@Valid @NotNull AttendanceRequest> attendance) {
        Meeting meeting = meetings.replaceAttendance(id,
                attendance.stream().map(AttendanceRequest::attendance).toList());
        return MeetingResponse.of(meeting, null);
    }
}
