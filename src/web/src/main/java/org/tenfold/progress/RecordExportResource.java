package org.tenfold.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.progress.RecordExportService.RecordExport;
import org.tenfold.staff.Roles;

/** A records request: one client's record as a ZIP (JSON and released report PDFs). */
@Path("/clients/{clientId}/record-export")
@Tag(name = "Progress reports")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class RecordExportResource {

    @Inject
    RecordExportService exports;

    @GET
    @Produces({"application/zip", "application/problem+json"})
    @Operation(summary = "The client's record as a ZIP: client, cases, plans, session notes (JSON) and released "
            + "progress reports (PDF); clinical staff on the client's care only, audited")
    @APIResponse(responseCode = "403", description = "Not on the client's care team; audited")
    public Response export(@PathParam("clientId") String clientId) {
        RecordExport e = exports.export(Rest.id("Client", clientId));
        return Response.ok(e.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + e.fileName() + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
