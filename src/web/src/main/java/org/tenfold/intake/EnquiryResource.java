package org.tenfold.intake;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.intake.EnquiryService;
import org.tenfold.intake.IntakeViews.EnquiryView;
import org.tenfold.intake.NewEnquiry;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/** Enquiries over JSON: front desk's first contact, which registers the client in status ENQUIRY. */
@Path("/enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enquiries")
@RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class EnquiryResource {

    /** A list of enquiries. */
    public record EnquiryList(List<EnquiryView> items) {
    }

    @Inject
    EnquiryService enquiries;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take an enquiry: the client's details (as for POST /api/clients) plus heardAbout, reason "
            + "(non-clinical words), preferredCounsellorId and preferredTimes. The client starts as ENQUIRY")
    @APIResponse(responseCode = "201", description = "Taken; Location names the new client",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'")
    @APIResponse(responseCode = "409", description = "Possible duplicate client, unless confirmDuplicate=true")
    public Response take(NewEnquiry enquiry,
            @QueryParam("confirmDuplicate") @DefaultValue("false") boolean confirmDuplicate) {
        EnquiryView taken = enquiries.take(enquiry, confirmDuplicate);
        return Response.created(uri.getBaseUriBuilder().path("clients").path(String.valueOf(taken.clientId())).build())
                .entity(taken).build();
    }

    @GET
    @Operation(summary = "The latest enquiries, newest first, or those of one client (clientId)")
    public EnquiryList list(@QueryParam("clientId") String clientId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        if (clientId != null && !clientId.isBlank()) {
            return new EnquiryList(enquiries.ofClient(org.tenfold.shell.Ids.parse(clientId).orElseThrow(
                    () -> new InvalidInputException("clientId", "clientId must be a positive whole number."))));
        }
        return new EnquiryList(enquiries.recent(page, size));
    }
}
