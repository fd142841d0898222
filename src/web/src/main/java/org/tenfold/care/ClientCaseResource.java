package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.care.CaseService;
import org.tenfold.staff.Roles;

/** A client's cases, for the client's chart (clinical). */
@Path("/clients/{clientId}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ClientCaseResource {

    /** A list of cases. */
    public record CaseList(List<CaseView> items) {
    }

    @Inject
    CaseService cases;

    @GET
    @Operation(summary = "The client's cases the caller may see (clinical; 403 and audited otherwise)")
    public CaseList list(@PathParam("clientId") String clientId) {
        return new CaseList(cases.ofClient(Rest.id("Client", clientId)));
    }
}
