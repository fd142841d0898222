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
import org.tenfold.plan.records.StepRecordInputs.SelfCareInput;
import org.tenfold.plan.records.StepRecordViews.SelfCarePlanView;
import org.tenfold.plan.records.StepRecordViews.SelfCareView;
import org.tenfold.staff.Roles;

/** Self-care plans (step 9) of the members of a case. Clinical: the service decides and audits (403). */
@Path("/cases/{caseId}/self-care")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Step records")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class SelfCareResource {

    @Inject
    SelfCareService selfCare;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Each member's self-care plan: {member, activities}")
    public ItemList<SelfCarePlanView> plans(@PathParam("caseId") String caseId) {
        return new ItemList<>(selfCare.plans(Rest.id("Case", caseId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an activity to a member's plan: {clientId, activity, frequency, note}")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "A client not in the case, empty activity or frequency")
    public Response add(@PathParam("caseId") String caseId, SelfCareInput input) {
        SelfCareView a = selfCare.add(Rest.id("Case", caseId), input);
        return Rest.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build(), a, a.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an activity: {activity, frequency, note, active (false takes it off the plan)}; "
            + "If-Match required")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, SelfCareInput input) {
        long caseNumber = Rest.id("Case", caseId);
        long activityId = Rest.id("Self-care activity", id);
        Long version = Rest.optionalVersion(ifMatch);
        if (version == null) {
            return Rest.preconditionRequired("self-care activity", uri.getRequestUri().getRawPath());
        }
        SelfCareView a = selfCare.update(caseNumber, activityId, version, input);
        return Rest.ok(a, a.version());
    }
}
