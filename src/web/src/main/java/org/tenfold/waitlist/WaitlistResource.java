package org.tenfold.waitlist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Problems;
import org.tenfold.api.Rest;
import org.tenfold.client.ClientResource;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.AppointmentResource;
import org.tenfold.scheduling.ScheduleViews.AppointmentView;
import org.tenfold.shell.Ids;
import org.tenfold.staff.Roles;
import org.tenfold.waitlist.Opening;
import org.tenfold.waitlist.WaitlistRequest;
import org.tenfold.waitlist.WaitlistService;
import org.tenfold.waitlist.WaitlistView;
import static org.tenfold.scheduling.AppointmentResource.instant;
import static org.tenfold.scheduling.AppointmentResource.optionalId;

/**
 * The waitlist over JSON: who waits (counsellors: those waiting for them), adding, editing (If-Match
 * carries the version) and removing, who fits a freed slot, and booking an entry into it in one step
 * (409 names each conflict).
 */
@Path("/waitlist")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waitlist")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class WaitlistResource {

    /** Where to book an entry: the cancelled appointment whose slot it takes, or a counsellor, place and start. */
    public static class BookRequest {
        public Long appointmentId;
        public Long counsellorId;
        public Long roomId;
        public String videoLink;
        public String start;
    }

    @Inject
    WaitlistService waitlist;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The waiting entries, oldest first; counsellors see those that name them")
    public String waiting() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        waitlist.waiting().forEach(e -> items.add(json(e)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Put a client, or both partners of a couple, on the waitlist: counsellorId (none = anyone), "
            + "type, days (MONDAY…), earliest and latest (clinic times like 09:00), frontDeskNote (never clinical). "
            + "A client at the ENQUIRY stage moves to WAITLIST")
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'")
    public Response add(WaitlistRequest request) {
        if (request == null) {
            throw new InvalidInputException("entry", "Send the waitlist entry as JSON.");
        }
        WaitlistView entry = waitlist.add(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(entry.id())).build())
                .entity(json(entry).toString()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Change a waiting entry: counsellorId (none = anyone), type, days, earliest, latest, "
            + "frontDeskNote, with the rules of adding. clientIds may be left out (they cannot change). If-Match "
            + "carries the version read (the entry's 'version'). The entry keeps its place in the queue (addedAt)")
    @APIResponse(responseCode = "200", description = "Saved; the entry is returned, its new version in the ETag")
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'; nothing was saved")
    @APIResponse(responseCode = "409", description = "The entry is no longer waiting (booked or taken off the list)")
    @APIResponse(responseCode = "412", description = "Someone else changed the entry since; nothing was saved")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            WaitlistRequest request) {
        long entryId = entryId(id);
        if (ifMatch == null || ifMatch.isBlank()) {
            return Problems.response(428, "precondition-required", "If-Match is required",
                    "Send the entry's version in If-Match, so no one's change is overwritten.",
                    uri.getRequestUri().getRawPath());
        }
        Long version = Rest.versionOf(ifMatch);
        if (version == null) {
            return Problems.response(412, "stale", "Changed by someone else",
                    "If-Match does not name a version of this entry.", uri.getRequestUri().getRawPath());
        }
        if (request == null) {
            throw new InvalidInputException("entry", "Send the waitlist entry as JSON.");
        }
        WaitlistView entry = waitlist.update(entryId, version, request);
        return Response.ok(json(entry).toString()).tag(new EntityTag(String.valueOf(entry.version()))).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Take a waiting entry off the list; ?reason= says why")
    @APIResponse(responseCode = "200", description = "Removed; the entry is returned")
    @APIResponse(responseCode = "409", description = "The entry is no longer waiting")
    public String remove(@PathParam("id") String id, @QueryParam("reason") String reason) {
        return json(waitlist.remove(entryId(id), reason)).toString();
    }

    @GET
    @Path("matches")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "The waiting entries that fit a freed slot, oldest first: the slot of a cancelled appointment "
            + "(appointmentId), or counsellorId, start and end (ISO instants) with an optional roomId")
    public String matches(@QueryParam("appointmentId") String appointmentId,
            @QueryParam("counsellorId") String counsellorId, @QueryParam("roomId") String roomId,
            @QueryParam("start") String start, @QueryParam("end") String end) {
        Opening opening = appointmentId != null
                ? waitlist.freedBy(id("appointmentId", appointmentId))
                : Opening.of(optionalId("counsellorId", counsellorId), optionalId("roomId", roomId), null,
                        instant("start", start), instant("end", end));
        List<WaitlistView> found = waitlist.matches(opening);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(e -> items.add(json(e)));
        JsonObjectBuilder slot = Json.createObjectBuilder().add("counsellorId", opening.counsellorId())
                .add("start", opening.start().toString()).add("end", opening.end().toString());
        if (opening.appointmentId() != null) {
            slot.add("appointmentId", opening.appointmentId());
        }
        if (opening.roomId() != null) {
            slot.add("roomId", opening.roomId());
        }
        return Json.createObjectBuilder().add("slot", slot).add("items", items).build().toString();
    }

    @GET
    @Path("matches/count")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "How many waiting entries fit the slot of a cancelled appointment (0 while it still holds "
            + "its slot)")
    public String countMatches(@QueryParam("appointmentId") String appointmentId) {
        return Json.createObjectBuilder().add("count", waitlist.countMatches(id("appointmentId", appointmentId)))
                .build().toString();
    }

    @POST
    @Path("{id}/book")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Book a waiting entry in one step into the slot of a cancelled appointment (appointmentId), "
            + "or at start with counsellorId and roomId or videoLink; the length is the type's")
    @APIResponse(responseCode = "201", description = "Booked; the appointment is returned and the entry marked booked",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "409", description = "The time is taken ('conflicts' names each) or the entry is no "
            + "longer waiting; the entry keeps waiting")
    public Response book(@PathParam("id") String id, BookRequest request) {
        long entryId = entryId(id);
        if (request == null) {
            throw new InvalidInputException("appointmentId", "Send the cancelled appointment's id, or a counsellor, "
                    + "a room or video link and a start.");
        }
        AppointmentView a = request.appointmentId != null
                ? waitlist.bookFreedSlot(entryId, request.appointmentId)
                : waitlist.book(entryId, Opening.of(request.counsellorId, request.roomId, request.videoLink,
                        instant("start", request.start), null));
        return Response.created(uri.getBaseUriBuilder().path("appointments").path(String.valueOf(a.id())).build())
                .entity(AppointmentResource.json(a).toString()).build();
    }

    static JsonObject json(WaitlistView e) {
        JsonArrayBuilder clients = Json.createArrayBuilder();
        e.clients().forEach(c -> clients.add(Json.createObjectBuilder().add("id", c.id())
                .add("chartNumber", c.chartNumber()).add("displayName", c.displayName())
                .add("status", c.status().name())));
        JsonArrayBuilder days = Json.createArrayBuilder();
        e.preferredDays().forEach(d -> days.add(d.name()));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", e.id())
                .add("clients", clients)
                .add("type", e.type().name())
                .add("minutes", e.length().toMinutes())
                .add("days", days)
                .add("status", e.status().name())
                .add("addedAt", e.addedAt().toString())
                .add("addedBy", e.addedBy())
                .add("version", e.version());
        if (e.counsellor() != null) {
            b.add("counsellor", Json.createObjectBuilder().add("id", e.counsellor().id())
                    .add("displayName", e.counsellor().displayName()));
        }
        if (e.earliest() != null) {
            b.add("earliest", e.earliest().toString());
        }
        if (e.latest() != null) {
            b.add("latest", e.latest().toString());
        }
        if (e.frontDeskNote() != null) {
            b.add("frontDeskNote", e.frontDeskNote());
        }
        if (e.appointmentId() != null) {
            b.add("appointmentId", e.appointmentId());
        }
        if (e.removedReason() != null) {
            b.add("removedReason", e.removedReason());
        }
        return b.build();
    }

    private static long entryId(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFoundException("Waitlist entry",
                id.length() > 40 ? id.substring(0, 40) : id));
    }

    private static long id(String name, String text) {
        Long id = optionalId(name, text);
        if (id == null) {
            throw new InvalidInputException(name, name + " is required.");
        }
        return id;
    }
}
