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

/** Front desk's late cancellation requests from the portal, and their decision. */
@Path("/portal/cancellation-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Client portal")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class CancellationRequestResource {

    /** Front desk's decision on a late cancellation request. */
    public static class Decision {
        public boolean cancel;
        public boolean late;
    }

    public record RequestList(List<PortalViews.CancellationRequestView> items) {
    }

    @Inject
    CancellationRequests requests;

    @GET
    @Operation(summary = "Late cancellation requests from the portal waiting for front desk")
    public RequestList open() {
        return new RequestList(requests.open());
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel the appointment ({cancel: true, late: true|false}) or keep it ({cancel: false})")
    @APIResponse(responseCode = "409", description = "Already dealt with")
    public PortalViews.CancellationRequestView decide(@PathParam("id") String id, Decision decision) {
        Decision d = decision == null ? new Decision() : decision;
        return requests.decide(Rest.id("Cancellation request", id), d.cancel, d.late);
    }
}
