package org.tenfold.portal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.CareApi;
import org.tenfold.platform.NotFoundException;
import org.tenfold.security.TransportSecurity;
import org.tenfold.staff.Roles;

/**
 * The client portal from staff's side, over JSON: invite a client (front desk for anyone, counsellors for the
 * clients in their care), see their account and the reports they opened, close it or remove its second step,
 * read what clients wrote about their work (clinical), front desk's late cancellation requests, the settings.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Client portal")
public class PortalResource {

    /** Front desk's decision on a late cancellation request. */
    public static class Decision {
        public boolean cancel;
        public boolean late;
    }

    public record WorkNotesList(List<PortalViews.WorkNote> items) {
    }

    public record RequestList(List<PortalViews.CancellationRequestView> items) {
    }

    @Inject
    PortalInvitations invitations;

    @Inject
    WorkNotes workNotes;

    @Inject
    CancellationRequests requests;

    @Inject
    PortalSettingsService settings;

    @Inject
    TransportSecurity transport;

    @Context
    HttpServletRequest request;

    @POST
    @Path("clients/{id}/portal/invitation")
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "Invite the client to the portal (or again): a discreet email with a link valid 7 days")
    @APIResponse(responseCode = "201", description = "Invited; the account as the chart shows it")
    @APIResponse(responseCode = "409", description = "No consent to email, no address, an address another client"
            + " has too, or an account already set up")
    public Response invite(@PathParam("id") String id) {
        String base = transport.origin(request).map(o -> o + "/").orElse(null);
        return Response.status(201).entity(invitations.invite(CareApi.id("Client", id), base)).build();
    }

    @GET
    @Path("clients/{id}/portal")
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "The client's portal account: state, last sign-in, reports opened there; 404 if never invited")
    public PortalViews.AccountView account(@PathParam("id") String id) {
        long client = CareApi.id("Client", id);
        return invitations.account(client).orElseThrow(() -> new NotFoundException("Portal account of client", client));
    }

    @POST
    @Path("clients/{id}/portal/close")
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "Close the client's portal account: no sign-in, no link works")
    public PortalViews.AccountView close(@PathParam("id") String id) {
        return invitations.close(CareApi.id("Client", id));
    }

    @POST
    @Path("clients/{id}/portal/second-step/remove")
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "Remove the second step of the client's portal account (a lost phone)")
    public PortalViews.AccountView removeSecondStep(@PathParam("id") String id) {
        return invitations.removeSecondStep(CareApi.id("Client", id));
    }

    @GET
    @Path("cases/{id}/portal-work")
    @RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "What the case's clients wrote in the portal about their work, as the caller may read it")
    public WorkNotesList work(@PathParam("id") String id) {
        return new WorkNotesList(workNotes.ofCase(CareApi.id("Case", id)));
    }

    @GET
    @Path("portal/cancellation-requests")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Late cancellation requests from the portal waiting for front desk")
    public RequestList openRequests() {
        return new RequestList(requests.open());
    }

    @POST
    @Path("portal/cancellation-requests/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Cancel the appointment ({cancel: true, late: true|false}) or keep it ({cancel: false})")
    public PortalViews.CancellationRequestView decide(@PathParam("id") String id, Decision decision) {
        Decision d = decision == null ? new Decision() : decision;
        return requests.decide(CareApi.id("Cancellation request", id), d.cancel, d.late);
    }

    @GET
    @Path("settings/portal")
    @RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "The portal's settings: name, idle minutes, notice hours, address, leave address, release emails")
    public PortalSettings getSettings() {
        return settings.get();
    }

    @PUT
    @Path("settings/portal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change the portal's settings (all of them); a name with a clinic or clinical word is refused")
    public PortalSettings putSettings(PortalSettings wanted) {
        return settings.update(wanted);
    }
}
