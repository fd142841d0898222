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

/** The portal's settings: its neutral name, idle minutes, cancellation notice, addresses, release emails. */
@Path("/settings/portal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Client portal")
public class PortalSettingsResource {

    @Inject
    PortalSettingsService settings;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "The portal's settings: name, idle minutes, notice hours, address, leave address, release emails")
    public PortalSettings get() {
        return settings.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the portal's settings (all of them); a name with a clinic or clinical word is refused")
    @APIResponse(responseCode = "400", description = "A field out of range; the problem names it")
    public PortalSettings put(PortalSettings wanted) {
        return settings.update(wanted);
    }
}
