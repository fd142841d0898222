package org.tenfold.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/**
 * The clinic's ten steps. Every member of staff reads them (a weak ETag answers If-None-Match with
 * 304); administrators reword a step's title and description, never its code or number.
 */
@Path("/framework/steps")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Framework")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class FrameworkResource {

    /** The ten steps in order. */
    public record StepList(List<StepView> items) {
    }

    /** New wording; code and number, when sent, must be the step's own. */
    public static class Rewording {
        public String code;
        public Integer number;
        public String title;
        public String description;
    }

    @Inject
    FrameworkService framework;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The ten steps in order: code, number, title, description, whom each mainly concerns. "
            + "Send the ETag back in If-None-Match for a 304 while nothing changed")
    public Response list(@Context Request request) {
        var snapshot = framework.steps();
        EntityTag tag = new EntityTag(snapshot.tag(), true);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge((int) FrameworkCatalogue.FRESH_FOR.toSeconds());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(new StepList(snapshot.steps())).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One step; the ETag is its version")
    public Response get(@PathParam("code") String code) {
        StepView s = framework.step(code);
        return Response.ok(s).tag(Rest.tag(s.version())).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reword a step: {title, description}. If-Match (the step's version) required; codes and "
            + "numbers never change")
    @APIResponse(responseCode = "400", description = "Empty or too long, or a different code or number")
    @APIResponse(responseCode = "412", description = "Reworded by someone else since it was read")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response reword(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Rewording body) {
        StepView current = framework.step(code);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Rest.preconditionRequired("step", uri.getRequestUri().getRawPath());
        }
        Rewording r = body == null ? new Rewording() : body;
        Map<String, String> errors = new LinkedHashMap<>();
        if (r.code != null && !r.code.equals(current.code())) {
            errors.put("code", "A step's code never changes.");
        }
        if (r.number != null && r.number != current.number()) {
            errors.put("number", "A step's number never changes.");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StepView s = framework.reword(current.code(), Rest.optionalVersion(ifMatch), r.title, r.description);
        return Response.ok(s).tag(Rest.tag(s.version())).build();
    }
}
