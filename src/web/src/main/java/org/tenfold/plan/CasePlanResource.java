package org.tenfold.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.plan.PlanViews.PlanSummary;
import org.tenfold.plan.PlanViews.PlanView;
import org.tenfold.staff.Roles;

/** A case's plan versions, and starting its first plan (empty or from the template for the case's kind). */
@Path("/cases/{caseId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment plans")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class CasePlanResource {

    /** A case's plan versions, newest first. */
    public record PlanList(List<PlanSummary> items) {
    }

    @Inject
    PlanService plans;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Every version of the case's plan, newest first; active marks the signed version in force")
    public PlanList list(@PathParam("caseId") String caseId) {
        return new PlanList(plans.ofCase(Rest.id("Case", caseId)));
    }

    @POST
    @Operation(summary = "Start the case's plan as a draft, optionally {reviewOn}; ?template=true fills in the "
            + "suggested goals for a couple (all ten steps) or an individual in recovery")
    @APIResponse(responseCode = "201", description = "The draft; Location names it",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "409", description = "The case has a plan already (a draft, or a signed one to revise)")
    public Response create(@PathParam("caseId") String caseId, @QueryParam("template") boolean template,
            PlanHeader header) {
        PlanView p = plans.create(Rest.id("Case", caseId), template, header == null ? null : header.reviewOn);
        return Response.created(uri.getBaseUriBuilder().path("plans").path(String.valueOf(p.id())).build())
                .entity(p).tag(Rest.tag(p.version())).build();
    }
}
