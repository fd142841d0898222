package org.tenfold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.clinic.ClinicProfile;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.reminder.DispatchResult;
import org.tenfold.reminder.ReminderService;
import org.tenfold.reminder.ReminderSettings;
import org.tenfold.staff.Roles;

/**
 * Appointment reminders for administrators and operators: send the due ones now instead of at the
 * next timer tick, and read or change the clinic's reminder settings.
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

    private static String json(ReminderSettings s) {
        return Json.createObjectBuilder().add("enabled", s.enabled()).add("leadHours", s.leadHours())
                .add("initialsOnly", s.initialsOnly()).add("senderName", s.senderName()).build().toString();
    }
}
