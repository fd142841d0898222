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
import org.tenfold.plan.records.StepRecordInputs.AssignmentChange;
import org.tenfold.plan.records.StepRecordInputs.AssignmentInput;
import org.tenfold.plan.records.StepRecordViews.AssignmentView;
import org.tenfold.staff.Roles;

/** Education (step 8) assigned to the members of a case. Clinical: the service decides and audits (403). */
@Path("/cases/{caseId}/education")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Step records")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class EducationAssignmentResource {

    @Inject
    EducationService education;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The case's education assignments, by member, each with its catalogue item")
    public ItemList<AssignmentView> list(@PathParam("caseId") String caseId) {
        return new ItemList<>(education.assignments(Rest.id("Case", caseId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a catalogue item to a member: {clientId, itemId, assignedOn (default today), note}")
    @APIResponse(responseCode = "201", description = "Assigned (status ASSIGNED)",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "A client not in the case, an unknown or retired item, bad date")
    public Response assign(@PathParam("caseId") String caseId, AssignmentInput input) {
        AssignmentView a = education.assign(Rest.id("Case", caseId), input);
        return Rest.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build(), a, a.version());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where the member is with it: {status: ASSIGNED | IN_PROGRESS | COMPLETED | DROPPED, note}; "
            + "If-Match required")
    @APIResponse(responseCode = "409", description = "COMPLETED and DROPPED are final")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("caseId") String caseId, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, AssignmentChange change) {
        long caseNumber = Rest.id("Case", caseId);
        long assignmentId = Rest.id("Education assignment", id);
        Long version = Rest.optionalVersion(ifMatch);
        if (version == null) {
            return Rest.preconditionRequired("assignment", uri.getRequestUri().getRawPath());
        }
        AssignmentView a = education.updateAssignment(caseNumber, assignmentId, version, change);
        return Rest.ok(a, a.version());
    }
}
