package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.care.CareViews.BreakGlassView;
import org.tenfold.care.CareViews.CaseView;
import org.tenfold.care.CaseAppointments;
import org.tenfold.care.CaseService;
import org.tenfold.care.CloseReason;
import org.tenfold.care.OpenCase;
import org.tenfold.staff.Roles;

/**
 * Cases over JSON: open from the members' submitted intakes, read, close, reopen, and break the
 * glass. Clinical: the service decides per case and audits every refusal (403).
 */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class CaseResource {

    /** Why a case closes. */
    public static class Closing {
        public CloseReason reason;
        public String note;
    }

    /** A note on reopening. */
    public static class Reopening {
        public String note;
    }

    /** Why the glass is broken. */
    public static class BreakGlass {
        public String reason;
    }

    /** A case's break-the-glass accesses. */
    public record BreakGlassList(List<BreakGlassView> items) {
    }

    @Inject
    CaseService cases;

    @Inject
    CaseAppointments caseAppointments;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a case from the members' submitted intakes: {kind, primaryCounsellorId, "
            + "secondCounsellorId, members: [{clientId, role, ownCounsellorId}], openedOn}. The intakes become "
            + "REVIEWED and the clients ACTIVE")
    @APIResponse(responseCode = "201", description = "Opened; Location names the case",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Wrong members for the kind, an intake not submitted, ...")
    @APIResponse(responseCode = "403", description = "Not on a member's care team; audited")
    public Response open(OpenCase request) {
        CaseView c = cases.open(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.id())).build()).entity(c)
                .tag(String.valueOf(c.version())).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case with its members, counsellors and history; the ETag is its version")
    public Response get(@PathParam("id") String id) {
        CaseView c = cases.get(Rest.id("Case", id));
        return Response.ok(c).tag(String.valueOf(c.version())).build();
    }

    @GET
    @Path("{id}/appointments")
    @Operation(summary = "The appointments booked for the case: all upcoming and the last 12 months, newest first;"
            + " when (UTC and the clinic's zone), type, counsellor, status, attending members and, for clinical staff,"
            + " whether a held session's note exists or is signed (never its text). Counsellors and supervisors see"
            + " only their own appointments of a case they may use")
    @APIResponse(responseCode = "403", description = "A counsellor or supervisor not allowed the case; audited")
    @APIResponse(responseCode = "404", description = "No such case")
    public CaseAppointments.CaseList appointments(@PathParam("id") String id) {
        return caseAppointments.ofCase(Rest.id("Case", id));
    }

    @POST
    @Path("{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close a case: {reason: COMPLETED | WITHDREW | REFERRED_ON, note}; If-Match optional")
    @APIResponse(responseCode = "409", description = "Closed already")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response close(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Closing closing) {
        Closing c = closing == null ? new Closing() : closing;
        CaseView v = cases.close(Rest.id("Case", id), Rest.optionalVersion(ifMatch), c.reason, c.note);
        return Response.ok(v).tag(String.valueOf(v.version())).build();
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Reopen a closed case; the closing stays in the history. If-Match optional")
    public Response reopen(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Reopening reopening) {
        CaseView v = cases.reopen(Rest.id("Case", id), Rest.optionalVersion(ifMatch),
                reopening == null ? null : reopening.note);
        return Response.ok(v).tag(String.valueOf(v.version())).build();
    }

    @POST
    @Path("{id}/break-glass")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Emergency access for a counsellor not on the case: {reason}. Lasts four hours, is "
            + "audited as BREAK_THE_GLASS and shown to the case's counsellors")
    @APIResponse(responseCode = "201", description = "Granted")
    @APIResponse(responseCode = "403", description = "Front desk and administrators may not; audited")
    @APIResponse(responseCode = "409", description = "The caller works on the case already")
    public Response breakGlass(@PathParam("id") String id, BreakGlass request) {
        BreakGlassView g = cases.breakGlass(Rest.id("Case", id), request == null ? null : request.reason);
        return Response.status(201).entity(g).build();
    }

    @GET
    @Path("{id}/break-glass")
    @Operation(summary = "Every break-the-glass access to the case, newest first")
    public BreakGlassList breakGlassOf(@PathParam("id") String id) {
        return new BreakGlassList(cases.breakGlassOf(Rest.id("Case", id)));
    }
}
