package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.measure.MeasureViews.AssignmentView;
import org.tenfold.measure.MeasureViews.DueView;
import org.tenfold.measure.MeasureViews.MeasureChart;
import org.tenfold.measure.MeasureViews.ResponseSummary;
import org.tenfold.measure.MeasureViews.ResponseView;
import org.tenfold.staff.Roles;

/** A client's questionnaires: responses with scores, scores over time, assignments, and what waits (front desk). */
@Path("/clients/{clientId}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outcome measures")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ClientMeasuresResource {

    /** {caseId, instrumentCode, comment}: a response to type in from a paper form. */
    public static class Starting {
        public Long caseId;
        public String instrumentCode;
        public String comment;
    }

    @Inject
    ResponseService responses;

    @Inject
    AssignmentService assignments;

    @Inject
    ScoreService scores;

    @GET
    @Path("responses")
    @Operation(summary = "The client's questionnaire responses the caller may see, newest first, with scores, bands "
            + "and change from the first (reliable and clinically significant change)")
    @APIResponse(responseCode = "403", description = "Not on the client's care team; audited")
    public MeasureList<ResponseSummary> responses(@PathParam("clientId") String clientId) {
        return new MeasureList<>(responses.ofClient(Rest.id("Client", clientId)));
    }

    @POST
    @Path("responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a response to type in from paper: {caseId, instrumentCode, comment}; then PUT its "
            + "answers one by one and POST submit")
    @APIResponse(responseCode = "201", description = "Started, on the newest version of the questionnaire")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Response start(@PathParam("clientId") String clientId, Starting body) {
        Starting b = body == null ? new Starting() : body;
        ResponseView v = responses.startPaper(Rest.id("Client", clientId),
                new ResponseService.NewResponse(b.caseId, b.instrumentCode, b.comment));
        return MeasureApi.created(UriBuilder.fromPath("api/measure-responses/{id}").build(v.summary().id()), v);
    }

    @GET
    @Path("scores")
    @Operation(summary = "The client's scores over time per questionnaire (or only ?instrument=CODE), with the "
            + "questionnaire's range, bands and cut-off")
    public MeasureList<MeasureChart> scores(@PathParam("clientId") String clientId,
            @QueryParam("instrument") String instrument) {
        return new MeasureList<>(scores.ofClient(Rest.id("Client", clientId), instrument));
    }

    @GET
    @Path("assignments")
    @Operation(summary = "The client's questionnaire assignments in every case, as far as the caller may see them")
    public MeasureList<AssignmentView> assignments(@PathParam("clientId") String clientId) {
        return new MeasureList<>(assignments.ofClient(Rest.id("Client", clientId)));
    }

    @GET
    @Path("due")
    @Operation(summary = "Questionnaires waiting for the client: since when, and whether one was started; never which, "
            + "nor any answer (what front desk may know)")
    public MeasureList<DueView> due(@PathParam("clientId") String clientId) {
        return new MeasureList<>(responses.due(Rest.id("Client", clientId)));
    }
}
