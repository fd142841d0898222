package org.tenfold.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.reminder.DispatchResult;
import org.tenfold.reminder.ReminderAttention;
import org.tenfold.reminder.ReminderAttentionService;
import org.tenfold.reminder.ReminderService;
import org.tenfold.reminder.ReminderSettings;
import org.tenfold.shell.Ids;
import org.tenfold.staff.Roles;

/**
 * Appointment reminders for administrators and operators: send the due ones now instead of at the
 * next timer tick, read or change the clinic's reminder settings, and list the messages that may not
 * have been sent or could not be sent, to send one again or mark it handled.
 */
@Path("/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Appointments")
@RolesAllowed(Roles.ADMIN)
public class ReminderResource {

    /** The reminder settings as JSON. */
    public static class Settings {
        public Boolean enabled;
        public Integer leadHours;
        public Boolean initialsOnly;
        public String senderName;
    }

    @Inject
    ReminderService reminders;

    @Inject
    ReminderAttentionService attention;

    @Inject
    ClinicSettingsService settings;

    @Inject
    ClinicProfile profile;

    @POST
    @Path("dispatch")
    @Operation(summary = "Run one dispatch pass now: claim the due reminders and send them; returns what it did")
    public String dispatch() {
        DispatchResult r = reminders.dispatchNow();
        return Json.createObjectBuilder().add("claimed", r.claimed()).add("sent", r.sent())
                .add("skipped", r.skipped()).add("failed", r.failed()).build().toString();
    }

    @GET
    @Path("settings")
    @Operation(summary = "Reminders on or off, hours before the appointment, initials-only greeting, sender's name")
    public String settings() {
        return json(ReminderSettings.of(profile.all()));
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the reminder settings (all four fields); audited")
    public String update(Settings wanted) {
        if (wanted == null || wanted.enabled == null || wanted.leadHours == null || wanted.initialsOnly == null) {
            throw new InvalidInputException("settings", "Send enabled, leadHours, initialsOnly and senderName.");
        }
        settings.updateReminders(new ReminderSettings(wanted.enabled, wanted.leadHours, wanted.initialsOnly,
                wanted.senderName));
        return settings();
    }

    @GET
    @Path("attention")
    @Operation(summary = "Reminders that may not have been sent (claimed long ago, never marked sent) or could"
            + " not be sent, newest first (at most 200) with their total; no message text")
    public String attention() {
        ReminderAttention.Listing listing = attention.list();
        var items = Json.createArrayBuilder();
        for (ReminderAttention.Item i : listing.items()) {
            var o = Json.createObjectBuilder().add("id", i.id()).add("kind", i.kind().name())
                    .add("trouble", i.trouble().name()).add("problem", i.trouble().description())
                    .add("appointmentId", i.appointmentId()).add("appointmentStart", i.appointmentStart().toString())
                    .add("clientId", i.clientId()).add("clientName", i.clientName())
                    .add("attempts", i.attempts());
            o = i.email() == null ? o.addNull("email") : o.add("email", i.email());
            o = i.since() == null ? o.addNull("since") : o.add("since", i.since().toString());
            o = i.note() == null ? o.addNull("note") : o.add("note", i.note());
            items.add(o);
        }
        return Json.createObjectBuilder().add("total", listing.total())
                .add("unconfirmedAfterMinutes", ReminderAttentionService.UNCONFIRMED_AFTER.toMinutes())
                .add("items", items).build().toString();
    }

    @POST
    @Path("{id}/resend")
    @Operation(summary = "Send a listed reminder again at the next dispatch pass; 409 when its appointment has begun"
            + " or is cancelled, or when the reminder changed meanwhile; audited")
    public String resend(@PathParam("id") String text) {
        long id = reminderId(text);
        attention.sendAgain(id);
        return Json.createObjectBuilder().add("id", id).add("status", "PENDING").build().toString();
    }

    @POST
    @Path("{id}/handled")
    @Operation(summary = "Mark a listed reminder as handled by other means (not sent, not listed again); 409 when it"
            + " changed meanwhile; audited")
    public String handled(@PathParam("id") String text) {
        long id = reminderId(text);
        attention.markHandled(id);
        return Json.createObjectBuilder().add("id", id).add("status", "HANDLED").build().toString();
    }

    private static long reminderId(String text) {
        return Ids.parse(text).orElseThrow(() -> new NotFoundException("Reminder", text));
    }

    private static String json(ReminderSettings s) {
        return Json.createObjectBuilder().add("enabled", s.enabled()).add("leadHours", s.leadHours())
                .add("initialsOnly", s.initialsOnly()).add("senderName", s.senderName()).build().toString();
    }
}
