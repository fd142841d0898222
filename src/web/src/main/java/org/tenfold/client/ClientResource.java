package org.tenfold.client;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Problems;
import org.tenfold.api.Rest;
import org.tenfold.client.ClientDetails;
import org.tenfold.client.ClientQuery;
import org.tenfold.client.ClientService;
import org.tenfold.client.ClientSortField;
import org.tenfold.client.ClientStatus;
import org.tenfold.client.ClientView;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.Page;
import org.tenfold.shell.Ids;
import org.tenfold.staff.Roles;

/**
 * Clients over JSON, for front desk and clinical staff, with the rules of the screens (the service
 * enforces roles and audits). Edits are guarded by the version: ETag on read, If-Match on write.
 */
@Path("/clients")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clients")
@RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ClientResource {

    /** A page of a search; {@code total} is counted up to 1,000, and {@code moreThanTotal} says when there are more. */
    public record ClientPage(List<ClientJson> items, long total, boolean moreThanTotal, int page, int size) {
    }

    @Inject
    ClientService clients;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Find clients by name, chart number, phone or email; paged and sorted")
    @APIResponse(responseCode = "200", description = "A page of clients")
    @APIResponse(responseCode = "400", description = "An unknown sort field or status, or a malformed number")
    public ClientPage search(
            @Parameter(description = "words matched against the start of names, email, phone digits, or a chart number")
            @QueryParam("q") String q,
            @QueryParam("status") String status,
            @Parameter(description = "one of chartNumber, lastName, firstName, dateOfBirth, status, createdAt; "
                    + "prefix with - for descending") @QueryParam("sort") String sort,
            @QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("20") String size) {
        boolean descending = sort != null && sort.startsWith("-");
        String sortName = descending ? sort.substring(1) : sort;
        ClientSortField field = sort == null || sort.isBlank() ? ClientSortField.LAST_NAME
                : ClientSortField.parse(sortName).orElseThrow(() -> new InvalidInputException("sort",
                        "Sort by one of: chartNumber, lastName, firstName, dateOfBirth, status, createdAt."));
        ClientStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / Page.MAX_SIZE);
        int pageSize = number("size", size, 1, Page.MAX_SIZE);
        Page<ClientView> result = clients.search(new ClientQuery(q, wanted, field, descending, pageNumber, pageSize));
        return new ClientPage(result.items().stream().map(ClientJson::of).toList(),
                Math.min(result.total(), ClientService.COUNT_CAP), result.total() > ClientService.COUNT_CAP,
                result.page(), result.size());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One client; the ETag is the version to send back in If-Match")
    @APIResponse(responseCode = "200", description = "The client")
    @APIResponse(responseCode = "404", description = "No such client")
    public Response get(@PathParam("id") String id) {
        ClientView client = clients.get(Rest.id("Client", id));
        return Response.ok(ClientJson.of(client)).tag(etag(client)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a client. A possible duplicate (same legal name and date of birth) is refused "
            + "with 409 unless confirmDuplicate=true")
    @APIResponse(responseCode = "201", description = "Created; Location names the new client",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'")
    @APIResponse(responseCode = "409", description = "Possible duplicate; 'chartNumbers' names the matches")
    public Response create(ClientDetails details,
            @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate) {
        ClientView client = clients.create(details, confirmDuplicate);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(client.getId())).build())
                .entity(ClientJson.of(client)).tag(etag(client)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a client's details; If-Match must carry the ETag of the version edited")
    @APIResponse(responseCode = "200", description = "Saved; the new ETag is returned")
    @APIResponse(responseCode = "412", description = "Someone else changed the client since; nothing was saved")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ClientDetails details) {
        long clientId = Rest.id("Client", id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problems.response(428, "precondition-required", "If-Match is required",
                    "GET the client first and send its ETag in If-Match, so no one's changes are overwritten.",
                    uri.getRequestUri().getRawPath());
        }
        Long version = Rest.versionOf(ifMatch);
        if (version == null) {
            return Problems.response(412, "stale", "Changed by someone else",
                    "If-Match does not name a version of this client.", uri.getRequestUri().getRawPath());
        }
        ClientView client = clients.update(clientId, version, details);
        return Response.ok(ClientJson.of(client)).tag(etag(client)).build();
    }

    static EntityTag etag(ClientView client) {
        return new EntityTag(String.valueOf(client.getVersion()));
    }



    private static ClientStatus parseStatus(String status) {
        try {
            return ClientStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "Status is one of ENQUIRY, WAITLIST, ACTIVE, DISCHARGED.");
        }
    }

    private static int number(String name, String text, int min, int max) {
        var n = Ids.parseCount(text);
        if (n.isPresent() && n.getAsInt() >= min && n.getAsInt() <= max) {
            return n.getAsInt();
        }
        throw new InvalidInputException(name, name + " must be a whole number from " + min + " to " + max + ".");
    }
}
