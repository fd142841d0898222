package org.tenfold.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.intake.IntakeAnswers;
import org.tenfold.intake.IntakeService;
import org.tenfold.intake.IntakeViews.FrontDeskIntakeView;
import org.tenfold.intake.IntakeViews.IntakeView;
import org.tenfold.staff.Roles;

/**
 * A client's intake over JSON. Clinical: only the counsellors of the client's care (see the README's
 * access rule); everyone else gets 403 and the refusal is audited. ETag on read, If-Match on write.
 * Front desk has its own part: the relationship basics of a draft.
 */
@Path("/clients/{clientId}/intake")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intake")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class IntakeResource {

    @Inject
    IntakeService intakes;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The client's intake (an empty DRAFT without ETag when none was saved)")
    @APIResponse(responseCode = "403", description = "Not on the client's care team; the refusal is audited")
    public Response get(@PathParam("clientId") String clientId) {
        IntakeView v = intakes.get(Rest.id("Client", clientId));
        return Rest.tagged(Response.ok(v), v.version()).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save the intake's answers as they are (a draft takes partial answers; a submitted intake "
            + "must stay complete). The first save needs no If-Match; later ones must send the ETag")
    @APIResponse(responseCode = "400", description = "Too long, or (once submitted) missing fields, in 'errors'")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read, or If-Match missing")
    @APIResponse(responseCode = "409", description = "Another first save of this intake won at the same moment")
    public Response save(@PathParam("clientId") String clientId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            IntakeAnswers answers) {
        long id = Rest.id("Client", clientId);
        IntakeView v = intakes.save(id, Rest.optionalVersion(ifMatch), answers == null ? new IntakeAnswers() : answers);
        return Rest.tagged(Response.ok(v), v.version()).build();
    }

    @POST
    @Path("submit")
    @Operation(summary = "Submit the draft (If-Match: its ETag). A positive risk answer raises the client's RISK "
            + "flag and a task for the counsellor")
    @APIResponse(responseCode = "400", description = "Required fields missing, one message each in 'errors'")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response submit(@PathParam("clientId") String clientId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        long id = Rest.id("Client", clientId);
        Long version = Rest.optionalVersion(ifMatch);
        if (version == null) {
            return Rest.preconditionRequired("intake", uri.getRequestUri().getRawPath());
        }
        IntakeView v = intakes.submit(id, version);
        return Rest.tagged(Response.ok(v), v.version()).build();
    }

    @GET
    @Path("front-desk")
    @RolesAllowed(Roles.FRONT_DESK)
    @Operation(summary = "Front desk's part of the intake: the relationship basics and the status")
    public Response frontDeskPart(@PathParam("clientId") String clientId) {
        FrontDeskIntakeView v = intakes.frontDeskPart(Rest.id("Client", clientId));
        return Rest.tagged(Response.ok(v), v.version()).build();
    }

    @PUT
    @Path("front-desk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FRONT_DESK)
    @Operation(summary = "Front desk fills the relationship basics (relationshipStatus, relationshipLength, "
            + "partnerInCare) of a draft; other fields are ignored")
    @APIResponse(responseCode = "409", description = "The intake was submitted")
    public Response saveFrontDeskPart(@PathParam("clientId") String clientId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, IntakeAnswers part) {
        FrontDeskIntakeView v = intakes.saveFrontDeskPart(Rest.id("Client", clientId),
                Rest.optionalVersion(ifMatch), part == null ? new IntakeAnswers() : part);
        return Rest.tagged(Response.ok(v), v.version()).build();
    }
}
