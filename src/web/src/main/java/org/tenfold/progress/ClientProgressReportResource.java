package org.tenfold.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.progress.ProgressReportViews.ReportView;
import org.tenfold.staff.Roles;

/** A client's progress reports over JSON: generate a draft, list them. */
@Path("/clients/{clientId}/progress-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ClientProgressReportResource {

    @Inject
    ProgressReportService reports;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate a draft progress report: {caseId, from, to, kind: INDIVIDUAL | JOINT | PARTNER_OWN}")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the report",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Missing or wrong fields, with field errors")
    @APIResponse(responseCode = "403", description = "Not on the client's care team; audited")
    public Response generate(@PathParam("clientId") String clientId, ProgressReportResource.NewDraft draft) {
        ProgressReportResource.NewDraft d = draft == null ? new ProgressReportResource.NewDraft() : draft;
        Map<String, String> errors = new LinkedHashMap<>();
        var from = ReportApi.date(d.from, "from", errors);
        var to = ReportApi.date(d.to, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ReportView v = reports.generate(Rest.id("Client", clientId),
                new ProgressReportService.NewReport(d.caseId, from, to, d.kind));
        return Response.created(uri.getBaseUriBuilder().path("progress-reports").path(String.valueOf(v.id())).build())
                .entity(v).tag(new EntityTag(String.valueOf(v.version()))).build();
    }

    @GET
    @Operation(summary = "The client's progress reports, newest first (front desk: released ones only)")
    public ProgressReportResource.ReportList list(@PathParam("clientId") String clientId) {
        return new ProgressReportResource.ReportList(reports.ofClient(Rest.id("Client", clientId)));
    }
}
