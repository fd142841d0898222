package org.tenfold.backup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.backup.BackupRunView;
import org.tenfold.backup.BackupService;
import org.tenfold.backup.BackupSettings;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/** Backups for administrators: make one now, list the recent runs, set the daily time and the retention. */
@Path("/backups")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Backups (administrators)")
public class BackupResource {

    /** The backup settings as JSON. */
    public static class Settings {
        public String time;
        public Integer retentionDays;
    }

    @Inject
    BackupService backups;

    @Inject
    ClinicSettingsService settings;

    @POST
    @Operation(summary = "Make a backup now (waits for it); 201 with the run when it is made, 500 with the reason"
            + " when it failed; audited")
    public Response backUpNow() {
        BackupRunView run = backups.backUpNow();
        return Response.status("DONE".equals(run.status()) ? 201 : 500).entity(json(run).build().toString()).build();
    }

    @GET
    @Operation(summary = "The recent backup runs, newest first (INTERRUPTED: left running by a server that stopped)")
    public String recent() {
        JsonArrayBuilder runs = Json.createArrayBuilder();
        backups.recent().forEach(r -> runs.add(json(r)));
        return Json.createObjectBuilder().add("destination", backups.destination())
                .add("configured", backups.configured()).add("runs", runs).build().toString();
    }

    @GET
    @Path("settings")
    @Operation(summary = "The daily backup's time (clinic time, HH:mm) and how many days backups are kept")
    public String settings() {
        BackupSettings s = backups.settings();
        return Json.createObjectBuilder().add("time", s.at().toString()).add("retentionDays", s.retentionDays())
                .build().toString();
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the daily backup's time and the retention; audited")
    public String update(Settings wanted) {
        if (wanted == null) {
            throw new InvalidInputException("time", "Send the backup settings.");
        }
        settings.updateBackups(wanted.time, wanted.retentionDays);
        return settings();
    }

    private static JsonObjectBuilder json(BackupRunView r) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", r.id()).add("kind", r.kind())
                .add("status", r.status()).add("startedAt", r.startedAt().toString()).add("startedBy", r.startedBy());
        if (r.finishedAt() != null) {
            b.add("finishedAt", r.finishedAt().toString());
        }
        if (r.fileName() != null) {
            b.add("file", r.fileName()).add("bytes", r.bytes()).add("sha256", r.sha256());
        }
        if (r.message() != null) {
            b.add("message", r.message());
        }
        return b;
    }
}
