package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.measure.MeasureViews.AssignmentView;
import org.tenfold.measure.MeasureViews.MeasureChart;
import org.tenfold.measure.MeasureViews.StepCheckIns;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/**
 * A case's questionnaires: assign one to a member on a schedule, list the assignments, the scores of every member
 * the caller may see (a couple's side by side), and the Ten-step check-in beside the counsellor's ratings.
 */
@Path("/cases/{caseId}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class CaseMeasuresResource {

    /** {clientId, instrumentCode, schedule: ONCE | BEFORE_APPOINTMENT | EVERY_N_WEEKS, leadHours, intervalWeeks,
     *  startsOn, delivery: EMAIL | IN_SESSION, note} */
    public static class Assigning {
        public Long clientId;
        public String instrumentCode;
        public Schedule schedule;
        public Integer leadHours;
        public Integer intervalWeeks;
        public String startsOn;
        public Delivery delivery;
        public String note;
    }

    @Inject
    AssignmentService assignments;

    @Inject
    ScoreService scores;

    @Context
    HttpServletRequest request;

    @GET
    @Path("assignments")
    @Operation(summary = "The case's questionnaire assignments the caller may see (each member's own)")
    @APIResponse(responseCode = "403", description = "Not on the case's care team; audited")
    public MeasureList<AssignmentView> assignments(@PathParam("caseId") String caseId) {
        return new MeasureList<>(assignments.ofCase(Rest.id("Case", caseId)));
    }

    @POST
    @Path("assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign a questionnaire to a member: {clientId, instrumentCode, schedule (ONCE, "
            + "BEFORE_APPOINTMENT with leadHours, EVERY_N_WEEKS with intervalWeeks), startsOn (default today), delivery "
            + "(EMAIL: a one-time link by email, needs the client's agreement; IN_SESSION), note}")
    @APIResponse(responseCode = "201", description = "Assigned; one due today is made at once, its link emailed "
            + "within a minute")
    @APIResponse(responseCode = "400", description = "Not a member, no such questionnaire, an incomplete schedule, "
            + "email without agreement")
    @APIResponse(responseCode = "403", description = "The caller may not use this member's records; audited")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response assign(@PathParam("caseId") String caseId, Assigning body) {
        Assigning b = body == null ? new Assigning() : body;
        LocalDate startsOn;
        try {
            startsOn = b.startsOn == null || b.startsOn.isBlank() ? null : LocalDate.parse(b.startsOn.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("startsOn", "Use a date like 2026-01-31.");
        }
        AssignmentView a = assignments.assign(Rest.id("Case", caseId), new AssignmentService.NewAssignment(
                b.clientId, b.instrumentCode, b.schedule, b.leadHours, b.intervalWeeks, startsOn, b.delivery, b.note),
                MeasureApi.base(request));
        return MeasureApi.created(UriBuilder.fromPath("api/measure-assignments/{id}").build(a.id()), a);
    }

    @GET
    @Path("scores")
    @Operation(summary = "Each questionnaire answered in the case (or only ?instrument=CODE) with its range, bands "
            + "and cut-off, and every member's scores the caller may see; withheld names those not shown")
    public MeasureList<MeasureChart> scores(@PathParam("caseId") String caseId,
            @QueryParam("instrument") String instrument) {
        return new MeasureList<>(scores.ofCase(Rest.id("Case", caseId), instrument));
    }

    @GET
    @Path("step-check-ins")
    @Operation(summary = "For each of the ten steps, the counsellor's ratings in signed notes beside each member's own "
            + "rating of it in the Ten-step check-in")
    public StepCheckIns stepCheckIns(@PathParam("caseId") String caseId) {
        return scores.stepCheckIns(Rest.id("Case", caseId));
    }
}
