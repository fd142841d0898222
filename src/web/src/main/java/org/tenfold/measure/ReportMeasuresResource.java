package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.staff.Roles;

/** The questionnaires a progress report charts (scores only, as far as the report may carry each member's). */
@Path("/progress-reports/{id}/measures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ReportMeasuresResource {

    /** {instruments: ["PHQ-9", "CSI-4"]} in the order to chart them. */
    public static class Choice {
        public List<String> instruments;
    }

    /** The chosen codes. */
    public record Chosen(List<String> instruments) {
    }

    @Inject
    ReportMeasureService measures;

    @GET
    @Operation(summary = "The questionnaires this report charts")
    public Chosen get(@PathParam("id") String id) {
        return new Chosen(measures.chosen(Rest.id("Progress report", id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the questionnaires a draft report charts: {instruments: [codes]} (at most 6)")
    @APIResponse(responseCode = "400", description = "No such questionnaire, or too many")
    @APIResponse(responseCode = "409", description = "The report is released")
    public Chosen choose(@PathParam("id") String id, Choice body) {
        return new Chosen(measures.choose(Rest.id("Progress report", id), body == null ? null : body.instruments));
    }
}
