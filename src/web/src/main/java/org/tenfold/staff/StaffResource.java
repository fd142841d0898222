package org.tenfold.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Problems;
import org.tenfold.platform.DateLimits;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.scheduling.ClinicResources;
import org.tenfold.scheduling.ScheduleViews.HoursView;
import org.tenfold.scheduling.ScheduleViews.TimeOffView;
import org.tenfold.scheduling.TimeSlot;
import org.tenfold.shell.Ids;
import org.tenfold.staff.Roles;
import org.tenfold.staff.StaffAccount;
import org.tenfold.staff.StaffService;
import org.tenfold.staff.StaffView;

/** Staff accounts over JSON, for administrators only (the service refuses everyone else with 403). */
@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Staff (administrators)")
public class StaffResource {

    /** A new account: its details and the initial password. */
    public static class NewAccount extends StaffAccount {
        private String password;

        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }

    @Inject
    StaffService staff;

    @Inject
    ClinicResources scheduling;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All staff accounts")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        staff.list().forEach(s -> items.add(json(s)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff account with roles and an initial password (12 characters or more)")
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "The new record's address"))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(NewAccount account) {
        if (account == null) {
            return Problems.response(400, "invalid-input", "The input is not valid", "Send the account as JSON.",
                    uri.getRequestUri().getRawPath());
        }
        String password = account.getPassword();
        StaffView created = staff.create(account, password == null ? new char[0] : password.toCharArray());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(json(created).toString()).build();
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(summary = "Deactivate an account: its sessions end and its API tokens are revoked")
    public String deactivate(@PathParam("id") String id) {
        return json(staff.deactivate(id(id))).toString();
    }

    @POST
    @Path("{id}/second-factor/reset")
    @Operation(summary = "Remove someone's second factor (a lost phone), with their recovery codes and remembered"
            + " devices; where it is required they set it up again at their next sign-in. Not one's own; audited")
    public String resetSecondFactor(@PathParam("id") String id) {
        return json(staff.resetSecondFactor(id(id))).toString();
    }

    @POST
    @Path("{id}/reactivate")
    @Operation(summary = "Reactivate an account")
    public String reactivate(@PathParam("id") String id) {
        return json(staff.reactivate(id(id))).toString();
    }

    /** One block of a counsellor's week, e.g. {"day": "MONDAY", "start": "09:00", "end": "12:30"}. */
    public static class HoursBlock {
        public String day;
        public String start;
        public String end;
    }

    /** Time off, as instants, with an optional reason. */
    public static class TimeOffRequest {
        public String start;
        public String end;
        public String reason;
    }

    @PUT
    @Path("{id}/working-hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a counsellor's weekly working hours (clinic wall-clock times)")
    public String workingHours(@PathParam("id") String id, List<HoursBlock> blocks) {
        List<HoursView> parsed = new ArrayList<>();
        for (HoursBlock b : blocks == null ? List.<HoursBlock>of() : blocks) {
            try {
                parsed.add(new HoursView(DayOfWeek.valueOf(b.day.strip().toUpperCase(Locale.ROOT)),
                        LocalTime.parse(b.start.strip()), LocalTime.parse(b.end.strip())));
            } catch (RuntimeException e) {
                throw new InvalidInputException("blocks", "Each block is {\"day\": \"MONDAY\", \"start\": \"09:00\", "
                        + "\"end\": \"17:00\"}, ending after it starts.");
            }
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        scheduling.setWorkingHours(id(id), parsed).forEach(w -> items.add(Json.createObjectBuilder()
                .add("day", w.day().name()).add("start", w.start().toString())
                .add("end", w.end().toString())));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @POST
    @Path("{id}/time-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add time off for a counsellor")
    @APIResponse(responseCode = "201", description = "Created")
    public Response timeOff(@PathParam("id") String id, TimeOffRequest request) {
        TimeSlot when;
        try {
            when = new TimeSlot(DateLimits.parseInstant("start", request.start),
                    DateLimits.parseInstant("end", request.end));
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InvalidInputException("start", "Give start and end as instants like 2026-03-02T09:00:00Z, "
                    + "the end after the start.");
        }
        TimeOffView off = scheduling.addTimeOff(id(id), when, request.reason);
        return Response.status(201).entity(json(off).toString()).build();
    }

    @GET
    @Path("{id}/time-off")
    @Operation(summary = "A counsellor's time off that has not ended yet")
    public String upcomingTimeOff(@PathParam("id") String id) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        scheduling.upcomingTimeOff(id(id)).forEach(t -> items.add(json(t)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @DELETE
    @Path("{id}/time-off/{timeOffId}")
    @Operation(summary = "Remove time off")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response removeTimeOff(@PathParam("id") String id, @PathParam("timeOffId") String timeOffId) {
        scheduling.removeTimeOff(id(id), Ids.parse(timeOffId).orElseThrow(() -> new NotFoundException("Time off",
                timeOffId.length() > 40 ? timeOffId.substring(0, 40) : timeOffId)));
        return Response.noContent().build();
    }

    private static JsonObject json(TimeOffView off) {
        return Json.createObjectBuilder().add("id", off.id()).add("start", off.start().toString())
                .add("end", off.end().toString()).add("reason", off.reason() == null ? "" : off.reason())
                .build();
    }

    private static long id(String id) {
        return Ids.parse(id).orElseThrow(() -> new NotFoundException("Staff member",
                id.length() > 40 ? id.substring(0, 40) : id));
    }

    private static JsonObject json(StaffView s) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        s.roles().stream().map(Enum::name).sorted().forEach(roles::add);
        return Json.createObjectBuilder()
                .add("id", s.id())
                .add("username", s.username())
                .add("displayName", s.displayName())
                .add("email", s.email() == null ? "" : s.email())
                .add("roles", roles)
                .add("active", s.active())
                .add("locked", s.locked())
                .add("secondFactor", s.secondFactor())
                .build();
    }
}
