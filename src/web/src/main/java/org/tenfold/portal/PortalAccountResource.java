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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.tenfold.platform.NotFoundException;
import org.tenfold.security.TransportSecurity;

/**
 * A client's portal account from staff's side: invite (front desk for anyone, counsellors for the clients in their
 * care), see the account, the last sign-in and the reports opened there, close it, remove its second step.
 */
@Path("/clients/{clientId}/portal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Client portal")
@RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class PortalAccountResource {

    @Inject
    PortalInvitations invitations;

    @Inject
    TransportSecurity transport;

    @Context
    HttpServletRequest request;

    @GET
    @Operation(summary = "The client's portal account: state, last sign-in, reports opened there; 404 if never invited")
    public PortalViews.AccountView account(@PathParam("clientId") String id) {
        long client = Rest.id("Client", id);
        return invitations.account(client).orElseThrow(() -> new NotFoundException("Portal account of client", client));
    }

    @POST
    @Path("invitation")
    @Operation(summary = "Invite the client to the portal (or again): a discreet email with a link valid 7 days")
    @APIResponse(responseCode = "201", description = "Invited; the account as the chart shows it")
    @APIResponse(responseCode = "409", description = "No consent to email, no address, an address another client"
            + " has too, or an account already set up")
    public Response invite(@PathParam("clientId") String id) {
        String base = transport.origin(request).map(o -> o + "/").orElse(null);
        return Response.status(201).entity(invitations.invite(Rest.id("Client", id), base)).build();
    }

    @POST
    @Path("close")
    @Operation(summary = "Close the client's portal account: no sign-in, no link works")
    public PortalViews.AccountView close(@PathParam("clientId") String id) {
        return invitations.close(Rest.id("Client", id));
    }

    @POST
    @Path("second-step/remove")
    @Operation(summary = "Remove the second step of the client's portal account (a lost phone)")
    public PortalViews.AccountView removeSecondStep(@PathParam("clientId") String id) {
        return invitations.removeSecondStep(Rest.id("Client", id));
    }
}
