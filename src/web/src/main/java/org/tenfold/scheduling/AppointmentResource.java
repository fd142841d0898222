package org.tenfold.scheduling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Problems;
import org.tenfold.api.Rest;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.AppointmentStatus;
import org.tenfold.scheduling.Booking;
import org.tenfold.scheduling.BookingService;
import org.tenfold.scheduling.CalendarQueries;
import org.tenfold.scheduling.CaseChoice;
import org.tenfold.scheduling.FreeSlotQuery;
import org.tenfold.scheduling.FreeSlots;
import org.tenfold.scheduling.Recurrence;
import org.tenfold.scheduling.ScheduleViews.AppointmentView;
import org.tenfold.scheduling.ScheduleViews.RoomView;
import org.tenfold.scheduling.SeriesBooking;
import org.tenfold.scheduling.SeriesScope;
import org.tenfold.shell.Ids;
import org.tenfold.staff.Roles;

/**
 * Appointments over JSON: the calendar for a range, booking (409 names each conflict) and
 * cancelling. Front desk and administrators book; counsellors read their own calendar.
 */
@Path("/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class AppointmentResource {

    /** Why an appointment is cancelled, whether it is late, and for a series how far it reaches. */
    public static class Cancellation {
        public String reason;
        public boolean late;
        public SeriesScope scope;
    }

    /** A booking repeated weekly or fortnightly, for a number of sessions or until a date. */
    public static class SeriesRequest extends Booking {
        private Recurrence recurrence;
        private Integer count;
        private String until;
        private boolean bookAvailableOnly;

        public Recurrence getRecurrence() { return recurrence; }
        public void setRecurrence(Recurrence v) { recurrence = v; }
        public Integer getCount() { return count; }
        public void setCount(Integer v) { count = v; }
        public String getUntil() { return until; }
        public void setUntil(String v) { until = v; }
        public boolean isBookAvailableOnly() { return bookAvailableOnly; }
        public void setBookAvailableOnly(boolean v) { bookAvailableOnly = v; }
    }

    @GET
    @Path("free-slots")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "The next free slots for a counsellor, an optional room and clients (clientId may repeat), "
            + "for a length in minutes, from a day, on some weekdays, between two clinic times")
    public String freeSlots(@QueryParam("counsellorId") String counsellorId, @QueryParam("roomId") String roomId,
            @QueryParam("clientId") List<String> clientIds, @QueryParam("minutes") String minutes,
            @QueryParam("from") String from, @QueryParam("days") String days, @QueryParam("earliest") String earliest,
            @QueryParam("latest") String latest, @QueryParam("limit") String limit) {
        FreeSlotQuery q = new FreeSlotQuery();
        q.setCounsellorId(optionalId("counsellorId", counsellorId));
        q.setRoomId(optionalId("roomId", roomId));
        q.setClientIds(clientIds.stream().map(c -> optionalId("clientId", c)).filter(java.util.Objects::nonNull).toList());
        try {
            if (minutes != null) {
                q.setMinutes(Ids.parseCount(minutes).orElseThrow());
            }
            if (limit != null) {
                q.setLimit(Ids.parseCount(limit).orElseThrow());
            }
            q.setFromDay(from == null ? null : DateLimits.parseDate("from", from));
            q.setEarliest(earliest == null ? null : java.time.LocalTime.parse(earliest.strip()));
            q.setLatest(latest == null ? null : java.time.LocalTime.parse(latest.strip()));
            if (days != null && !days.isBlank()) {
                q.setDays(java.util.Arrays.stream(days.split(",")).map(d -> java.time.DayOfWeek.valueOf(
                        d.strip().toUpperCase(java.util.Locale.ROOT))).collect(java.util.stream.Collectors.toSet()));
            }
        } catch (RuntimeException e) {
            throw new InvalidInputException("query", "minutes and limit are whole numbers, from a date like 2026-03-02, "
                    + "earliest and latest times like 09:00, days like MONDAY,TUESDAY.");
        }
        JsonArrayBuilder slots = Json.createArrayBuilder();
        freeSlots.freeSlots(q).forEach(t -> slots.add(Json.createObjectBuilder().add("start", t.start().toString())
                .add("end", t.end().toString())));
        return Json.createObjectBuilder().add("items", slots).build().toString();
    }

    @GET
    @Path("case-choices")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "A client's open cases to book for: kind, members and primary counsellor, nothing clinical")
    public String caseChoices(@QueryParam("clientId") String clientId) {
        Long id = optionalId("clientId", clientId);
        if (id == null) {
            throw new InvalidInputException("clientId", "clientId is required.");
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (CaseChoice c : calendar.openCasesOf(id)) {
            JsonArrayBuilder members = Json.createArrayBuilder();
            c.members().forEach(m -> members.add(Json.createObjectBuilder().add("id", m.clientId())
                    .add("chartNumber", m.chartNumber()).add("displayName", m.displayName())));
            items.add(Json.createObjectBuilder().add("id", c.id()).add("kind", c.kind().name())
                    .add("label", c.label()).add("members", members));
        }
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Path("series")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Book a weekly or fortnightly series (at most 52) at the first session's wall-clock time")
    @APIResponse(responseCode = "201", description = "Booked; 'skipped' lists dates left out when bookAvailableOnly")
    @APIResponse(responseCode = "409", description = "Some sessions cannot be booked; 'dates' names each, nothing booked")
    public Response bookSeries(SeriesRequest request) {
        if (request == null) {
            throw new InvalidInputException("booking", "Send the series as JSON.");
        }
        java.time.LocalDate until = request.getUntil() == null ? null : DateLimits.parseDate("until", request.getUntil());
        SeriesBooking result = booking.bookSeries(request, request.getRecurrence(), request.getCount(), until,
                request.isBookAvailableOnly());
        JsonArrayBuilder booked = Json.createArrayBuilder();
        result.booked().forEach(a -> booked.add(json(a)));
        JsonArrayBuilder skipped = Json.createArrayBuilder();
        result.skipped().forEach(skipped::add);
        return Response.status(201).entity(Json.createObjectBuilder().add("seriesId", result.seriesId())
                .add("booked", booked).add("skipped", skipped).build().toString()).build();
    }

    @Inject
    BookingService booking;

    @Inject
    CalendarQueries calendar;

    @Inject
    FreeSlots freeSlots;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Appointments overlapping [from, to) (ISO instants, at most 93 days), optionally of one "
            + "counsellor, room or client")
    public String calendar(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("counsellorId") String counsellorId, @QueryParam("roomId") String roomId,
            @QueryParam("clientId") String clientId) {
        List<AppointmentView> found = calendar.calendar(instant("from", from), instant("to", to),
                optionalId("counsellorId", counsellorId), optionalId("roomId", roomId), optionalId("clientId", clientId));
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(a -> items.add(json(a)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One appointment (front desk and administrators any, counsellors their own); its ETag is "
            + "the version a move sends back in If-Match")
    public Response get(@PathParam("id") String id) {
        AppointmentView a = calendar.appointment(appointmentId(id));
        return Response.ok(json(a).toString()).tag(Rest.tag(a.version())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Book an appointment; the end defaults to the type's length (intake 90, individual 50, "
            + "couple 80, group 90 minutes). With caseId (an open case) the clients are its members, or all of them "
            + "when clientIds is left out")
    @APIResponse(responseCode = "201", description = "Booked",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "409", description = "The counsellor, room or a client is booked then; 'conflicts' names each")
    public Response book(Booking booking) {
        if (booking == null) {
            throw new InvalidInputException("booking", "Send the booking as JSON.");
        }
        AppointmentView a = this.booking.book(booking);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.id())).build())
                .tag(Rest.tag(a.version())).entity(json(a).toString()).build();
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Cancel an appointment with a reason; late=true records a late cancellation")
    public String cancel(@PathParam("id") String id, Cancellation cancellation) {
        long appointmentId = appointmentId(id);
        Cancellation c = cancellation == null ? new Cancellation() : cancellation;
        List<AppointmentView> cancelled = booking.cancel(appointmentId, c.reason, c.late, c.scope);
        JsonArrayBuilder all = Json.createArrayBuilder();
        cancelled.forEach(a -> all.add(json(a)));
        return Json.createObjectBuilder(json(cancelled.get(0))).add("cancelled", all).build().toString();
    }

    /**
     * Where an appointment moves to; the end keeps the length when left out. For a series, scope
     * THIS_AND_FOLLOWING or ALL moves those occurrences by the same change of wall-clock time.
     */
    public static class Move {
        public String start;
        public String end;
        public Long roomId;
        public String videoLink;
        public String overrideReason;
        public SeriesScope scope;
    }

    @POST
    @Path("{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Move an appointment, with the checks of a booking; If-Match carries its version")
    @APIResponse(responseCode = "409", description = "The new time is taken: 'conflicts' names each; for a series,"
            + " 'dates' names each occurrence that cannot move, and none moved")
    @APIResponse(responseCode = "412", description = "Changed by someone else since it was read")
    public Response move(@PathParam("id") String id, @jakarta.ws.rs.HeaderParam("If-Match") String ifMatch, Move move) {
        long appointmentId = appointmentId(id);
        Long version = Rest.optionalVersion(ifMatch, "This appointment");
        if (version == null) {
            return Problems.response(428, "precondition-required", "If-Match is required",
                    "Send the appointment's version in If-Match, so no one's change is overwritten.",
                    uri.getRequestUri().getRawPath());
        }
        Move m = move == null ? new Move() : move;
        List<AppointmentView> moved = booking.move(appointmentId, version,
                m.start == null ? null : instant("start", m.start), m.end == null ? null : instant("end", m.end),
                m.roomId, m.videoLink, m.overrideReason, m.scope);
        JsonArrayBuilder all = Json.createArrayBuilder();
        moved.forEach(a -> all.add(json(a)));
        return Response.ok(Json.createObjectBuilder(json(moved.get(0))).add("moved", all).build().toString()).build();
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Mark a booked appointment checked in (the client arrived)")
    public String checkIn(@PathParam("id") String id) {
        return json(booking.changeStatus(appointmentId(id), AppointmentStatus.CHECKED_IN)).toString();
    }

    @POST
    @Path("{id}/no-show")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Mark a booked appointment a no-show")
    public String noShow(@PathParam("id") String id) {
        return json(booking.changeStatus(appointmentId(id), AppointmentStatus.NO_SHOW)).toString();
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
    @Operation(summary = "Mark an appointment held (completed)")
    public String complete(@PathParam("id") String id) {
        return json(booking.changeStatus(appointmentId(id), AppointmentStatus.COMPLETED)).toString();
    }

    private static long appointmentId(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFoundException("Appointment",
                id.length() > 40 ? id.substring(0, 40) : id));
    }

    public static JsonObject json(AppointmentView a) {
        JsonArrayBuilder clients = Json.createArrayBuilder();
        a.clients().forEach(c -> clients.add(Json.createObjectBuilder().add("id", c.id())
                .add("chartNumber", c.chartNumber()).add("displayName", c.displayName())));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", a.id())
                .add("counsellor", Json.createObjectBuilder().add("id", a.counsellor().id())
                        .add("displayName", a.counsellor().displayName()))
                .add("clients", clients)
                .add("type", a.type().name())
                .add("start", a.start().toString())
                .add("end", a.end().toString())
                .add("status", a.status().name())
                .add("version", a.version());
        if (a.seriesId() != null) {
            b.add("seriesId", a.seriesId());
        }
        if (a.caseId() != null) {
            b.add("caseId", a.caseId());
        }
        RoomView room = a.room();
        if (room != null) {
            b.add("room", Json.createObjectBuilder().add("id", room.id()).add("name", room.name()));
        } else {
            b.add("videoLink", a.videoLink());
        }
        if (a.frontDeskNote() != null) {
            b.add("frontDeskNote", a.frontDeskNote());
        }
        if (a.cancelReason() != null) {
            b.add("cancelReason", a.cancelReason());
        }
        return b.build();
    }

    public static Instant instant(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name, name + " is required, as an instant like 2026-03-02T09:00:00Z.");
        }
        return DateLimits.parseInstant(name, text);
    }

    public static Long optionalId(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Ids.parse(text).stream().boxed().findFirst()
                .orElseThrow(() -> new InvalidInputException(name, name + " must be a positive whole number."));
    }
}
