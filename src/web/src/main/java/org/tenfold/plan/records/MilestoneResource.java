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
import org.tenfold.plan.records.StepRecordInputs.MilestoneInput;
import org.tenfold.plan.records.StepRecordViews.MilestoneView;
import org.tenfold.staff.Roles;

/** A case's milestones (step 7). Clinical: the service decides and audits (403). */
@Path("/cases/{caseId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Step records")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class MilestoneResource {

    @Inject
    MilestoneService milestones;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The case's milestones, oldest first")
    public ItemList<MilestoneView> list(@PathParam("caseId") String caseId) {
        return new ItemList<>(milestones.list(Rest.id("Case", caseId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a milestone: {clientId (a member; none = the couple), achievedOn, description, "
            + "visibleToClient (default true)}")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Empty description, a client not in the case, a future date")
    public Response create(@PathParam("caseId") String caseId, MilestoneInput input) {
        MilestoneView m = milestones.create(Rest.id("Case", caseId), input);
        return Rest.created(uri.getAbsolutePathBuilder().path(String.valueOf(m.id())).build(), m, m.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a milestone's fields; If-Match required")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MilestoneInput input) {
        long caseNumber = Rest.id("Case", caseId);
        long milestoneId = Rest.id("Milestone", id);
        Long version = Rest.optionalVersion(ifMatch);
        if (version == null) {
            return Rest.preconditionRequired("milestone", uri.getRequestUri().getRawPath());
        }
        MilestoneView m = milestones.update(caseNumber, milestoneId, version, input);
        return Rest.ok(m, m.version());
    }
}
