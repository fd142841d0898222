package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.measure.MeasureViews.AssignmentView;
import org.tenfold.staff.Roles;

/** One questionnaire assignment: read it, or stop it (its waiting questionnaires close; answers are kept). */
@Path("/measure-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class MeasureAssignmentResource {

    @Inject
    AssignmentService assignments;

    @GET
    @Path("{id}")
    @Operation(summary = "An assignment: the member, the questionnaire, its schedule and delivery, the note, its state")
    @APIResponse(responseCode = "403", description = "The caller may not use this member's records; audited")
    public AssignmentView get(@PathParam("id") String id) {
        return assignments.get(Rest.id("Questionnaire assignment", id));
    }

    @POST
    @Path("{id}/stop")
    @Operation(summary = "Stop an assignment; its questionnaires still waiting close")
    @APIResponse(responseCode = "409", description = "Stopped already")
    public AssignmentView stop(@PathParam("id") String id) {
        return assignments.stop(Rest.id("Questionnaire assignment", id));
    }
}
