package org.tenfold.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.consent.ConsentService;
import org.tenfold.consent.ConsentViews.FormView;
import org.tenfold.staff.Roles;

/** The consent wordings in use, with their versions, to show a client before they decide. */
@Path("/consent-forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ConsentFormResource {

    /** The active wordings. */
    public record FormList(List<FormView> items) {
    }

    @Inject
    ConsentService consents;

    @GET
    @Operation(summary = "The active wording of each consent kind, with its version")
    public FormList active() {
        return new FormList(consents.activeForms());
    }
}
