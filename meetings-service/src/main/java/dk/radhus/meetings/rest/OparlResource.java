package dk.radhus.meetings.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.meetings.config.OparlConfig;
import dk.radhus.meetings.repository.OparlRepository.Filter;
import dk.radhus.meetings.repository.OparlRepository.MeetingRow;
import dk.radhus.meetings.service.OparlLookup;
import dk.radhus.meetings.service.OparlPage;
import dk.radhus.meetings.service.OparlService;
import dk.radhus.meetings.service.OparlService.Paging;
import dk.radhus.platform.problem.ProblemException;

/**
 * The OParl 1.1 read API (docs/oparl.md): anonymous, the public view whoever asks, lists paged with the OParl filters.
 * Every answer allows any origin, as OParl asks of servers (CORS).
 */
@Path("/oparl/v1.1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "OParl", description = "OParl 1.1: standardiseret læseadgang til udvalg, møder, punkter og sager")
public class OparlResource {

    private final OparlService oparl;
    private final OparlMeetingJson meetingJson;
    private final ObjectMapper objectMapper;
    private final String bodyName;

    @Context
    UriInfo uri;

    public OparlResource(OparlService oparl, OparlMeetingJson meetingJson, ObjectMapper objectMapper,
            OparlConfig config) {
        this.oparl = oparl;
        this.meetingJson = meetingJson;
        this.objectMapper = objectMapper;
        this.bodyName = config.bodyName();
    }

    @GET
    @Operation(summary = "OParl System: the entry point")
    public Response system() {
        return ok(objects(false).system(bodyName));
    }

    @GET
    @Path("bodies")
    @Operation(summary = "OParl list of bodies: the municipality")
    public Response bodies(@BeanParam OparlListQuery query) {
        OparlObjects objects = objects(query.omitInternal());
        return list(query, (filter, paging) -> new OparlPage<>(List.of(objects.body(bodyName,
                oparl.legislativeTerms())), List.of(), 1), Function.identity(), "Body");
    }

    @GET
    @Path("body")
    @Operation(summary = "OParl Body: the municipality")
    public Response body() {
        return ok(objects(false).body(bodyName, oparl.legislativeTerms()));
    }

    @GET
    @Path("body/organizations")
    @Operation(summary = "OParl list of organizations: the committees")
    public Response organizations(@BeanParam OparlListQuery query) {
        return list(query, oparl::organizations, objects(query.omitInternal())::organization, "Organization");
    }

    @GET
    @Path("body/persons")
    @Operation(summary = "OParl list of persons with their memberships")
    public Response persons(@BeanParam OparlListQuery query) {
        return list(query, oparl::persons, objects(query.omitInternal())::person, "Person");
    }

    @GET
    @Path("body/memberships")
    @Operation(summary = "OParl list of memberships")
    public Response memberships(@BeanParam OparlListQuery query) {
        return list(query, oparl::memberships, objects(query.omitInternal())::membership, "Membership");
    }

    @GET
    @Path("body/legislative-terms")
    @Operation(summary = "OParl list of legislative terms: the municipal council's terms up to the current one")
    public Response legislativeTerms(@BeanParam OparlListQuery query) {
        return list(query, oparl::legislativeTerms, objects(query.omitInternal())::legislativeTerm, "LegislativeTerm");
    }

    @GET
    @Path("legislative-term/{startYear}")
    @Operation(summary = "OParl LegislativeTerm: a council term, by the year it began")
    @APIResponse(responseCode = "404", description = "No such term")
    public Response legislativeTerm(@PathParam("startYear") int startYear) {
        return one(oparl.legislativeTerm(startYear), objects(false)::legislativeTerm, null);
    }

    @GET
    @Path("body/meetings")
    @Operation(summary = "OParl list of published meetings, newest first, with their agenda items")
    public Response meetings(@BeanParam OparlListQuery query) {
        return meetingList(query, null);
    }

    @GET
    @Path("body/agenda-items")
    @Operation(summary = "OParl list of the agenda items of published meetings; closed ones as their number only")
    public Response agendaItems(@BeanParam OparlListQuery query) {
        return list(query, oparl::items, objects(query.omitInternal())::agendaItem, "AgendaItem");
    }

    @GET
    @Path("body/consultations")
    @Operation(summary = "OParl list of consultations: open items with a case number")
    public Response consultations(@BeanParam OparlListQuery query) {
        return list(query, oparl::consultations, objects(query.omitInternal())::consultation, "Consultation");
    }

    @GET
    @Path("body/papers")
    @Operation(summary = "OParl list of papers: one per case number of open items")
    public Response papers(@BeanParam OparlListQuery query) {
        return list(query, oparl::papers, objects(query.omitInternal())::paper, "Paper");
    }

    @GET
    @Path("body/files")
    @Operation(summary = "OParl list of files: the attachments of open items")
    public Response files(@BeanParam OparlListQuery query) {
        return list(query, oparl::files, objects(query.omitInternal())::file, "File");
    }

    @GET
    @Path("body/locations")
    @Operation(summary = "OParl list of locations: where published meetings are held")
    public Response locations(@BeanParam OparlListQuery query) {
        return list(query, oparl::locations, objects(query.omitInternal())::location, "Location");
    }

    @GET
    @Path("organization/{code}")
    @Operation(summary = "OParl Organization: a committee")
    @APIResponse(responseCode = "404", description = "No such committee")
    public Response organization(@PathParam("code") String code) {
        return one(oparl.organization(code), objects(false)::organization, null);
    }

    @GET
    @Path("organization/{code}/meetings")
    @Operation(summary = "OParl list of one committee's published meetings")
    @APIResponse(responseCode = "404", description = "No such committee")
    public Response organizationMeetings(@PathParam("code") String code, @BeanParam OparlListQuery query) {
        if (oparl.organization(code).isEmpty()) {
            throw notFound();
        }
        return meetingList(query, code);
    }

    @GET
    @Path("person/{id}")
    @Operation(summary = "OParl Person with memberships")
    @APIResponse(responseCode = "404", description = "No such person")
    public Response person(@PathParam("id") UUID id) {
        return one(oparl.person(id), objects(false)::person, null);
    }

    @GET
    @Path("membership/{id}")
    @Operation(summary = "OParl Membership")
    @APIResponse(responseCode = "404", description = "No such membership")
    public Response membership(@PathParam("id") UUID id) {
        return one(oparl.membership(id), objects(false)::membership, null);
    }

    @GET
    @Path("meeting/{id}")
    @Operation(summary = "OParl Meeting with its agenda items")
    @APIResponse(responseCode = "404", description = "No such published meeting")
    public Response meeting(@PathParam("id") UUID id) {
        return one(oparl.meeting(id), objects(false)::meeting, null);
    }

    @GET
    @Path("agenda-item/{id}")
    @Operation(summary = "OParl AgendaItem; a closed item as its number only")
    @APIResponse(responseCode = "404", description = "No such item on a published meeting")
    public Response agendaItem(@PathParam("id") UUID id) {
        return one(oparl.item(id), objects(false)::agendaItem, "AgendaItem");
    }

    @GET
    @Path("consultation/{id}")
    @Operation(summary = "OParl Consultation: an open item's treatment of its case")
    @APIResponse(responseCode = "404", description = "No such consultation")
    public Response consultation(@PathParam("id") UUID id) {
        return one(oparl.consultation(id), objects(false)::consultation, "Consultation");
    }

    @GET
    @Path("paper/{id}")
    @Operation(summary = "OParl Paper: a case number with its consultations across meetings")
    @APIResponse(responseCode = "404", description = "No such paper")
    public Response paper(@PathParam("id") UUID id) {
        return one(oparl.paper(id), objects(false)::paper, "Paper");
    }

    @GET
    @Path("file/{itemId}/{position}")
    @Operation(summary = "OParl File: an attachment's metadata")
    @APIResponse(responseCode = "404", description = "No such file")
    public Response file(@PathParam("itemId") UUID itemId, @PathParam("position") int position) {
        return one(oparl.file(itemId, position), objects(false)::file, "File");
    }

    @GET
    @Path("location/{id}")
    @Operation(summary = "OParl Location: where a published meeting is held")
    @APIResponse(responseCode = "404", description = "No such location")
    public Response location(@PathParam("id") UUID id) {
        return one(oparl.location(id), objects(false)::location, null);
    }

    private OparlObjects objects(boolean omitInternal) {
        return new OparlObjects(new OparlUrls(base()), omitInternal);
    }

    private String base() {
        return uri.getBaseUriBuilder().path("oparl/v1.1").build().toString();
    }

    private <T> Response one(Optional<OparlLookup<T>> found, Function<T, ?> mapper, String deletableType) {
        OparlLookup<T> lookup = found.orElseThrow(OparlResource::notFound);
        if (lookup.live() != null) {
            return ok(mapper.apply(lookup.live()));
        }
        OparlObjects objects = objects(false);
        return ok(objects.deleted(objects.deletedUrl(deletableType, lookup.deleted().key()), deletableType,
                lookup.deleted()));
    }

    /** A page of the list {@code source} gives for the query's filters, with the OParl pagination and links. */
    private <T> Response list(OparlListQuery query, BiFunction<Filter, Paging, OparlPage<T>> source,
            Function<T, ?> mapper, String type) {
        Paging paging = query.paging();
        OparlPage<T> page = source.apply(query.filter(), paging);
        List<Object> data = new ArrayList<>();
        page.live().forEach(object -> data.add(mapper.apply(object)));
        OparlObjects objects = objects(false);
        page.deleted().forEach(t -> data.add(objects.deleted(objects.deletedUrl(type, t.key()), type, t)));
        return ok(new OparlJson.ListPage(data, pagination(page.total(), paging), links(page.total(), paging)));
    }

    /**
     * A page of meetings: the same envelope as {@link #list}, with each meeting's JSON from {@link OparlMeetingJson}
     * (rendered once per version of the meeting rather than on every read of a page).
     */
    private Response meetingList(OparlListQuery query, String committeeCode) {
        Paging paging = query.paging();
        OparlPage<MeetingRow> page = oparl.meetings(committeeCode, query.filter(), paging);
        OparlObjects objects = objects(query.omitInternal());
        List<byte[]> data = new ArrayList<>(meetingJson.of(page.live(), objects, base()));
        for (var tombstone : page.deleted()) {
            data.add(json(objects.deleted(objects.deletedUrl("Meeting", tombstone.key()), "Meeting", tombstone)));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.stream().mapToInt(bytes -> bytes.length + 1).sum()
                + 1024);
        out.writeBytes("{\"data\":[".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < data.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(data.get(i));
        }
        out.writeBytes("],\"pagination\":".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(json(pagination(page.total(), paging)));
        out.writeBytes(",\"links\":".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(json(links(page.total(), paging)));
        out.write('}');
        return ok(out.toByteArray());
    }

    private static OparlJson.Pagination pagination(long total, Paging paging) {
        return new OparlJson.Pagination(total, paging.limit(), paging.page(), pages(total, paging));
    }

    private OparlJson.Links links(long total, Paging paging) {
        long pages = pages(total, paging);
        return new OparlJson.Links(pageUrl(1), paging.page() > 1 ? pageUrl(paging.page() - 1) : null,
                pageUrl(paging.page()), paging.page() < pages ? pageUrl(paging.page() + 1) : null, pageUrl(pages));
    }

    private static long pages(long total, Paging paging) {
        return Math.max(1, (total + paging.limit() - 1) / paging.limit());
    }

    private byte[] json(Object value) {
        try {
            return objectMapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OParl object not serializable", e);
        }
    }

    /** This list's URL at another page, with the client's filters kept. */
    private String pageUrl(long page) {
        return uri.getRequestUriBuilder().replaceQueryParam("page", page).build().toString();
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Objektet findes ikke.");
    }

    private static Response ok(Object body) {
        return Response.ok(body).header("Access-Control-Allow-Origin", "*").build();
    }
}
