package dk.radhus.meetings.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.meetings.Person;
import dk.radhus.meetings.service.PersonService;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Roles;

/** Persons: politicians with their party letter, and officials. Public to read. */
@Path("/persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Persons", description = "Politikere og embedsfolk")
public class PersonResource {

    private final PersonService persons;

    public PersonResource(PersonService persons) {
        this.persons = persons;
    }

    @GET
    @Operation(summary = "All persons by name")
    public List<PersonResponse> list() {
        return persons.all().stream().map(PersonResponse::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One person")
    @APIResponse(responseCode = "404", description = "No such person")
    public PersonResponse get(@PathParam("id") UUID id) {
        return persons.find(id).map(PersonResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Personen findes ikke."));
    }

    @POST
    @RolesAllowed({Roles.SECRETARY, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Register a person")
    @APIResponse(responseCode = "201", description = "Created; Location names the new person")
    public Response create(@Valid @NotNull PersonRequest request) {
        Person person = persons.create(request.name(), request.partyLetter());
        return Response.created(URI.create("/persons/" + person.id)).entity(PersonResponse.of(person)).build();
    }
}
