package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.plan.records.StepRecordInputs.BoundaryInput;
import org.tenfold.plan.records.StepRecordInputs.StatusChange;
import org.tenfold.plan.records.StepRecordViews.BoundaryView;
import org.tenfold.staff.Roles;

/** A case's boundaries (step 4) with their history. Clinical: the service decides and audits (403). */
@Path("/cases/{caseId}/boundaries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Step records")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class BoundaryResource {

    @Inject
    BoundaryService boundaries;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The case's boundaries, each with its whole history (status changes, rewordings, the "
            + "wording each replaced)")
    @APIResponse(responseCode = "403", description = "Not on the case's care team; audited")
    public ItemList<BoundaryView> list(@PathParam("caseId") String caseId) {
        return new ItemList<>(boundaries.list(Rest.id("Case", caseId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a boundary: {wording, proposedByClientId (a member; none = the counsellor), "
            + "agreedOn (AGREED at once), reviewOn, note}")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag is its version",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Empty wording, a client not in the case, bad dates")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response create(@PathParam("caseId") String caseId, BoundaryInput input) {
        BoundaryView b = boundaries.create(Rest.id("Case", caseId), input);
        return Rest.created(uri.getAbsolutePathBuilder().path(String.valueOf(b.id())).build(), b, b.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reword a boundary that is PROPOSED or RENEGOTIATED and set its review date: {wording, "
            + "reviewOn, note}; If-Match required")
    @APIResponse(responseCode = "409", description = "Agreed as worded (renegotiate it first), or retired")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response revise(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, BoundaryInput input) {
        long caseNumber = Rest.id("Case", caseId);
        long boundaryId = Rest.id("Boundary", id);
        Long version = Rest.optionalVersion(ifMatch);
        if (version == null) {
            return Rest.preconditionRequired("boundary", uri.getRequestUri().getRawPath());
        }
        BoundaryView b = boundaries.revise(caseNumber, boundaryId, version, input);
        return Rest.ok(b, b.version());
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a boundary to another status: {status, note, wording (with RENEGOTIATED), on (the "
            + "date agreed, with AGREED; default today)}. If-Match optional")
    @APIResponse(responseCode = "409", description = "Not a status this boundary can move to")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response changeStatus(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, StatusChange change) {
        BoundaryView b = boundaries.changeStatus(Rest.id("Case", caseId), Rest.id("Boundary", id),
                Rest.optionalVersion(ifMatch), change);
        return Rest.ok(b, b.version());
    }
}
