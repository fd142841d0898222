package org.tenfold.measure;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.staff.Roles;

/** The questionnaire settings, for administrators: the crisis text and the one-time links' sender, lifetime, address. */
@Path("/measure-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@RolesAllowed(Roles.ADMIN)
public class MeasureSettingsResource {

    /** {crisisText, senderName, linkDays, linkAddress}. */
    public static class Settings {
        public String crisisText;
        public String senderName;
        public Integer linkDays;
        public String linkAddress;
    }

    @Inject
    MeasureSettingsService settings;

    @GET
    @Operation(summary = "The crisis text clients see after an answer that needs follow-up, and the links' settings")
    public MeasureSettingsService.Values get() {
        return settings.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change them: {crisisText, senderName, linkDays (1 to 30), linkAddress (or empty)}")
    @APIResponse(responseCode = "400", description = "A field out of its limits")
    public MeasureSettingsService.Values put(Settings body) {
        Settings b = body == null ? new Settings() : body;
        return settings.update(new MeasureSettingsService.Values(b.crisisText, b.senderName,
                b.linkDays == null ? 0 : b.linkDays, b.linkAddress));
    }
}
