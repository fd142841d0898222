package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.care.CareViews.FlagView;
import org.tenfold.care.FlagService;
import org.tenfold.staff.Roles;

/** A client's flags: for the clinical staff of the client's care only; front desk learns nothing of them. */
@Path("/clients/{clientId}/flags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class FlagResource {

    /** A list of flags. */
    public record FlagList(List<FlagView> items) {
    }

    /** Why a flag is cleared. */
    public static class Clearing {
        public String reason;
    }

    @Inject
    FlagService flags;

    @GET
    @Operation(summary = "The client's flags, raised and cleared")
    public FlagList list(@PathParam("clientId") String clientId) {
        return new FlagList(flags.flags(Rest.id("Client", clientId)));
    }

    @POST
    @Path("{flagId}/clear")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Clear a raised flag with a reason; it stays in the record")
    public FlagView clear(@PathParam("clientId") String clientId, @PathParam("flagId") String flagId,
            Clearing clearing) {
        return flags.clear(Rest.id("Client", clientId), Rest.id("Flag", flagId),
                clearing == null ? null : clearing.reason);
    }
}
