package dk.radhus.strategy.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;
import dk.radhus.platform.security.Roles;
import dk.radhus.strategy.QualityContract;
import dk.radhus.strategy.StrategyRoles;
import dk.radhus.strategy.service.ApprovalService;
import dk.radhus.strategy.service.QualityContractService;

/** Quality contracts (kvalitetskontrakter) and their follow-up reports: public, as the municipality publishes them. */
@Path("/quality-contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality contracts", description = "Kvalitetskontrakter og opfølgningsredegørelser")
public class QualityContractResource {

    private final QualityContractService contracts;
    private final ApprovalService approvals;
    private final Caller caller;

    public QualityContractResource(QualityContractService contracts, ApprovalService approvals, Caller caller) {
        this.contracts = contracts;
        this.approvals = approvals;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Quality contracts, optionally for one service area and/or contract year")
    public List<QualityContractResponse> list(@QueryParam("serviceArea") String serviceArea,
            @QueryParam("year") Integer year) {
        return contracts.search(serviceArea, year).stream().map(this::response).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One quality contract with its follow-up reports")
    public QualityContractResponse get(@PathParam("id") UUID id) {
        return contracts.find(id).map(this::response)
                .orElseThrow(() -> ProblemException.notFound("Kvalitetskontrakten " + id + " findes ikke."));
    }

    @POST
    @RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Enter a quality contract objective")
    public Response create(@Valid @NotNull QualityContractRequest request) {
        QualityContractResponse created = QualityContractResponse.of(
                contracts.create(request.terms(), caller.name()), List.of());
        return Response.created(URI.create("/quality-contracts/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/follow-ups")
    @RolesAllowed({StrategyRoles.EDITOR, Roles.DIRECTOR})
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add the yearly follow-up report (opfølgningsredegørelse) with status text and light")
    public Response report(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest request) {
        QualityContractResponse.FollowUp created = QualityContractResponse.followUp(
                contracts.report(id, request.year(), request.statusText(), request.light(), caller.name()), List.of());
        return Response.created(URI.create("/quality-contracts/" + id)).entity(created).build();
    }

    private QualityContractResponse response(QualityContract contract) {
        boolean names = caller.staff() || StrategyRoles.internal(caller);
        return QualityContractResponse.of(contract, contracts.followUps(contract.id).stream().map(f -> {
            List<ApprovalResponse> decided = ApprovalResponse.list(
                    approvals.of(ObjectReference.Kind.QUALITY_CONTRACT_FOLLOW_UP, f.id.toString()), caller.staff());
            return names ? QualityContractResponse.followUp(f, decided)
                    : QualityContractResponse.publicFollowUp(contract, f, decided);
        }).toList());
    }
}
