package org.tenfold.clinic;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.clinic.ClinicSettingsService;
import org.tenfold.clinic.LetterheadSettings;
import org.tenfold.clinic.LogoView;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.platform.NotFoundException;
import org.tenfold.clinic.SignInSettings;
import org.tenfold.staff.Roles;

/** The letterhead of the clinic's documents for administrators: address and contact lines, and the logo. */
@Path("/settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@RolesAllowed(Roles.ADMIN)
public class ClinicSettingsResource {

    /** The letterhead's lines as JSON; address holds several lines separated by newlines. */
    public static class Letterhead {
        public String address;
        public String phone;
        public String email;
        public String website;
    }

    /** How staff sign in: the second factor for everyone (administrators always), remembered devices. */
    public static class SignInPolicy {
        public Boolean secondFactorForEveryone;
        public Integer rememberDeviceDays;
    }

    @Inject
    ClinicSettingsService settings;

    @GET
    @Path("sign-in")
    @Operation(summary = "Whether everyone needs the second factor (administrators always do), and for how many days"
            + " (0 to 30) a device may skip it")
    public String signIn() {
        SignInSettings s = settings.signIn();
        return Json.createObjectBuilder().add("secondFactorForEveryone", s.secondFactorForEveryone())
                .add("rememberDeviceDays", s.rememberDeviceDays()).build().toString();
    }

    @PUT
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the sign-in policy: {secondFactorForEveryone, rememberDeviceDays (0-30)}; audited")
    public String updateSignIn(SignInPolicy wanted) {
        if (wanted == null || wanted.secondFactorForEveryone == null || wanted.rememberDeviceDays == null) {
            throw new InvalidInputException("signIn", "Send secondFactorForEveryone (true or false) and"
                    + " rememberDeviceDays (0 to 30).");
        }
        settings.updateSignIn(new SignInSettings(wanted.secondFactorForEveryone, wanted.rememberDeviceDays));
        return signIn();
    }

    @GET
    @Path("letterhead")
    @Operation(summary = "The letterhead's address, phone, email, website and the logo's facts (or null)")
    public String letterhead() {
        return json(settings.letterhead()).build().toString();
    }

    @PUT
    @Path("letterhead")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the letterhead's address (at most 300 characters) and contact lines; audited")
    public String updateLetterhead(Letterhead wanted) {
        if (wanted == null) {
            throw new InvalidInputException("letterhead", "Send address, phone, email and website.");
        }
        settings.updateLetterhead(new LetterheadSettings(wanted.address, wanted.phone, wanted.email, wanted.website));
        return letterhead();
    }

    @GET
    @Path("logo")
    @Produces({"image/png", "image/jpeg", "application/problem+json"})
    @Operation(summary = "The logo's bytes")
    public Response logo() {
        LogoView logo = settings.logo();
        byte[] bytes = settings.logoBytes();
        if (logo == null || bytes == null) {
            throw new NotFoundException("Clinic logo", 1);
        }
        return Response.ok(bytes, logo.contentType()).header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("logo")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Set or replace the logo: the body is a PNG or JPEG of at most 256 KB; audited")
    public String replaceLogo(byte[] bytes) {
        return logoJson(settings.replaceLogo(bytes)).build().toString();
    }

    @DELETE
    @Path("logo")
    @Operation(summary = "Remove the logo; 204 whether or not there was one")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response removeLogo() {
        settings.removeLogo();
        return Response.noContent().build();
    }

    private JsonObjectBuilder json(LetterheadSettings s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("address", s.address()).add("phone", s.phone())
                .add("email", s.email()).add("website", s.website());
        LogoView logo = settings.logo();
        if (logo == null) {
            b.addNull("logo");
        } else {
            b.add("logo", logoJson(logo));
        }
        return b;
    }

    private static JsonObjectBuilder logoJson(LogoView logo) {
        return Json.createObjectBuilder().add("contentType", logo.contentType()).add("size", logo.size())
                .add("sha256", logo.sha256()).add("updatedAt", logo.updatedAt().toString())
                .add("updatedBy", logo.updatedBy());
    }
}
