package org.tenfold.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.note.NoteInputs.NoteStart;
import org.tenfold.note.NoteViews.NoteView;
import org.tenfold.staff.Roles;

/** The note of an appointment: read it, or start it. */
@Path("/appointments/{appointmentId}/note")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session notes")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class AppointmentNoteResource {

    @Inject
    NoteService notes;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The appointment's note (404 when none is started)")
    public Response get(@PathParam("appointmentId") String appointmentId) {
        NoteView n = notes.ofAppointment(Rest.id("Appointment", appointmentId));
        return Response.ok(n).tag(Rest.tag(n.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the note of a held appointment, by its counsellor: {format: DAP|SOAP|BIRP} or "
            + "{fromLastNote: true} (format, steps and plan links of the caller's last note on the case, no text)")
    @APIResponse(responseCode = "201", description = "Started; Location names the note",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "409", description = "Not held yet, or a note exists")
    public Response create(@PathParam("appointmentId") String appointmentId, NoteStart start) {
        NoteView n = notes.create(Rest.id("Appointment", appointmentId), start);
        return Response.created(uri.getBaseUriBuilder().path("notes").path(String.valueOf(n.id())).build())
                .entity(n).tag(Rest.tag(n.version())).build();
    }
}
