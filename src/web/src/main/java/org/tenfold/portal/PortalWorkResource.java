package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.staff.Roles;
import java.util.List;

/** What a case's clients wrote in the portal about their work, for its counsellors (as the case's rule lets them). */
@Path("/cases/{caseId}/portal-work")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Client portal")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
public class PortalWorkResource {

    public record WorkNotesList(List<PortalViews.WorkNote> items) {
    }

    @Inject
    WorkNotes workNotes;

    @GET
    @Operation(summary = "What the case's clients wrote in the portal about their work, as the caller may read it")
    @APIResponse(responseCode = "403", description = "Not on the case's care team; audited")
    public WorkNotesList work(@PathParam("caseId") String id) {
        return new WorkNotesList(workNotes.ofCase(Rest.id("Case", id)));
    }
}
