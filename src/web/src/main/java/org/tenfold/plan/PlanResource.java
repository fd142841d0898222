package org.tenfold.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.plan.PlanViews.DueReview;
import org.tenfold.plan.PlanViews.GoalView;
import org.tenfold.plan.PlanViews.ObjectiveView;
import org.tenfold.plan.PlanViews.PlanDiff;
import org.tenfold.plan.PlanViews.PlanView;
import org.tenfold.staff.Roles;

/**
 * A plan version, its goals and objectives, signing, revising and comparing versions. Clinical: the
 * service decides per case and audits every read, change and refusal. A signed version answers
 * every change with 409.
 */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Treatment plans")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class PlanResource {

    /** Plans due for review. */
    public record DueList(List<DueReview> items) {
    }

    @Inject
    PlanService plans;

    @Context
    UriInfo uri;

    @GET
    @Path("due-for-review")
    @Operation(summary = "Signed plans in force on the caller's cases (or their supervisees' cases) whose review "
            + "date is within 14 days or has passed (overdue: true), the earliest first")
    public DueList dueForReview() {
        return new DueList(plans.dueForReview());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One version of a plan: header, the case's members, the ten steps each with its goals "
            + "and their objectives; the ETag is the plan's version")
    public Response get(@PathParam("id") String id) {
        PlanView p = plans.get(Rest.id("Plan", id));
        return Response.ok(p).tag(Rest.tag(p.version())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the draft's header: {reviewOn}. If-Match required")
    @APIResponse(responseCode = "409", description = "The version is signed: revise it")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response updateHeader(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PlanHeader header) {
        long planId = Rest.id("Plan", id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Rest.preconditionRequired("plan", uri.getRequestUri().getRawPath());
        }
        PlanView p = plans.updateHeader(planId, Rest.optionalVersion(ifMatch), header);
        return Response.ok(p).tag(Rest.tag(p.version())).build();
    }

    @Inject
    PlanPdfService pdfs;

    @GET
    @Path("{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The plan version as PDF: ?audience=clinician (the record, with clinician notes and "
            + "interventions) or ?audience=client (the client copy); the file name names the case, never a client")
    @APIResponse(responseCode = "400", description = "audience is neither clinician nor client")
    public Response pdf(@PathParam("id") String id, @QueryParam("audience") String audience) {
        long planId = Rest.id("Plan", id);
        PlanPdfService.PlanPdfFile file = pdfs.render(planId, PlanPdfApi.audience(audience));
        return Response.ok(file.pdf(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/sign")
    @Operation(summary = "Sign the draft: the content's SHA-256 is stored and the version never changes again; "
            + "the version it revised becomes SUPERSEDED. If-Match optional")
    @APIResponse(responseCode = "400", description = "No review date, or no goal")
    @APIResponse(responseCode = "409", description = "Signed already")
    public Response sign(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        PlanView p = plans.sign(Rest.id("Plan", id), Rest.optionalVersion(ifMatch));
        return Response.ok(p).tag(Rest.tag(p.version())).build();
    }

    @POST
    @Path("{id}/revise")
    @Operation(summary = "Start the next version: a draft copy of this signed version (goal keys kept); the signed "
            + "version stays in force and unchanged until the new one is signed")
    @APIResponse(responseCode = "201", description = "The new draft; Location names it",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "409", description = "Not the signed version in force, or a draft exists")
    public Response revise(@PathParam("id") String id) {
        PlanView p = plans.revise(Rest.id("Plan", id));
        return Response.created(planUri(p.id())).entity(p).tag(Rest.tag(p.version())).build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(summary = "What changed from version ?against={otherId} to this one: header fields, and goals "
            + "ADDED, REMOVED or CHANGED (with each field's before and after), by goal key")
    public PlanDiff diff(@PathParam("id") String id, @QueryParam("against") String against) {
        long planId = Rest.id("Plan", id);
        if (against == null || against.isBlank()) {
            throw new org.tenfold.platform.InvalidInputException("against", "Name the version to compare with.");
        }
        return plans.diff(planId, Rest.id("Plan", against));
    }

    @POST
    @Path("{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a goal to the draft: {stepCode, clientId | couple: true, statement, interventions, "
            + "status, clinicianNote}")
    @APIResponse(responseCode = "201", description = "Added; the ETag is the goal's version",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Unknown step, a client not in the case, the couple in an "
            + "individual case, no statement")
    @APIResponse(responseCode = "409", description = "The version is signed: revise it")
    public Response addGoal(@PathParam("id") String id, GoalInput goal) {
        long planId = Rest.id("Plan", id);
        GoalView g = plans.addGoal(planId, goal);
        return Response.created(goalUri(planId, g.id())).entity(g).tag(Rest.tag(g.version())).build();
    }

    @PUT
    @Path("{id}/goals/{goalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a goal of the draft (same body as adding). If-Match (the goal's version) required")
    public Response updateGoal(@PathParam("id") String id, @PathParam("goalId") String goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GoalInput goal) {
        long planId = Rest.id("Plan", id);
        long gid = Rest.id("Goal", goalId);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Rest.preconditionRequired("plan", uri.getRequestUri().getRawPath());
        }
        GoalView g = plans.updateGoal(planId, gid, Rest.optionalVersion(ifMatch), goal);
        return Response.ok(g).tag(Rest.tag(g.version())).build();
    }

    @DELETE
    @Path("{id}/goals/{goalId}")
    @Operation(summary = "Remove a goal (and its objectives) from the draft. If-Match optional")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteGoal(@PathParam("id") String id, @PathParam("goalId") String goalId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteGoal(Rest.id("Plan", id), Rest.id("Goal", goalId), Rest.optionalVersion(ifMatch));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/goals/{goalId}/objectives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a measurable objective to a goal of the draft: {text, targetDate, status}")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "The new record's address"))
    public Response addObjective(@PathParam("id") String id, @PathParam("goalId") String goalId,
            ObjectiveInput objective) {
        long planId = Rest.id("Plan", id);
        long gid = Rest.id("Goal", goalId);
        ObjectiveView o = plans.addObjective(planId, gid, objective);
        return Response.created(URI.create(goalUri(planId, gid) + "/objectives/" + o.id())).entity(o)
                .tag(Rest.tag(o.version())).build();
    }

    @PUT
    @Path("{id}/goals/{goalId}/objectives/{objectiveId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an objective of the draft. If-Match (the objective's version) required")
    public Response updateObjective(@PathParam("id") String id, @PathParam("goalId") String goalId,
            @PathParam("objectiveId") String objectiveId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ObjectiveInput objective) {
        long planId = Rest.id("Plan", id);
        long gid = Rest.id("Goal", goalId);
        long oid = Rest.id("Objective", objectiveId);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Rest.preconditionRequired("plan", uri.getRequestUri().getRawPath());
        }
        ObjectiveView o = plans.updateObjective(planId, gid, oid, Rest.optionalVersion(ifMatch), objective);
        return Response.ok(o).tag(Rest.tag(o.version())).build();
    }

    @DELETE
    @Path("{id}/goals/{goalId}/objectives/{objectiveId}")
    @Operation(summary = "Remove an objective from the draft. If-Match optional")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response deleteObjective(@PathParam("id") String id, @PathParam("goalId") String goalId,
            @PathParam("objectiveId") String objectiveId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteObjective(Rest.id("Plan", id), Rest.id("Goal", goalId), Rest.id("Objective", objectiveId),
                Rest.optionalVersion(ifMatch));
        return Response.noContent().build();
    }

    private URI planUri(long planId) {
        return uri.getBaseUriBuilder().path("plans").path(String.valueOf(planId)).build();
    }

    private URI goalUri(long planId, long goalId) {
        return uri.getBaseUriBuilder().path("plans").path(String.valueOf(planId)).path("goals")
                .path(String.valueOf(goalId)).build();
    }
}
