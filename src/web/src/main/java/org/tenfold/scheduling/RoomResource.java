package org.tenfold.scheduling;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.scheduling.ClinicResources;
import org.tenfold.scheduling.ScheduleViews.RoomView;
import org.tenfold.staff.Roles;

/** Rooms: everyone who schedules reads them; administrators add them. */
@Path("/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class RoomResource {

    /** A new room. */
    public static class NewRoom {
        public String name;
    }

    @Inject
    ClinicResources scheduling;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All rooms")
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        scheduling.rooms().forEach(r -> items.add(json(r)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a room")
    @APIResponse(responseCode = "201", description = "Created; Location names the new record",
            headers = @Header(name = "Location", description = "The new record's address"))
    public Response add(NewRoom room) {
        RoomView saved = scheduling.addRoom(room == null ? null : room.name);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build())
                .entity(json(saved).toString()).build();
    }

    private static JsonObject json(RoomView r) {
        return Json.createObjectBuilder().add("id", r.id()).add("name", r.name()).add("active", r.active())
                .build();
    }
}
