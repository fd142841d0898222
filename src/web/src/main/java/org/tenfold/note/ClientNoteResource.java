package org.tenfold.note;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.note.NoteViews.NoteSummary;
import org.tenfold.staff.Roles;

/** The notes filed into a client's chart. */
@Path("/clients/{clientId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session notes")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ClientNoteResource {

    public record NoteList(List<NoteSummary> items) {
    }

    @Inject
    NoteQueries notes;

    @GET
    @Operation(summary = "The notes in the client's chart that the caller may read, newest first, without text")
    public NoteList list(@PathParam("clientId") String clientId) {
        return new NoteList(notes.ofClient(Rest.id("Client", clientId)));
    }
}
