package org.tenfold.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.consent.ConsentKind;
import org.tenfold.consent.ConsentRequest;
import org.tenfold.consent.ConsentService;
import org.tenfold.consent.ConsentViews.ClientConsents;
import org.tenfold.consent.ConsentViews.OnFile;
import org.tenfold.consent.ConsentViews.RecordView;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/**
 * A client's consents over JSON. The decisions and the sharing choices are clinical; front desk sees
 * "on file" per kind and records the paperwork kinds (treatment, privacy, electronic communication).
 * Records are append-only: withdrawing adds a row.
 */
@Path("/clients/{clientId}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consents")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ConsentResource {

    /** Whether each kind is on file. */
    public record OnFileList(List<OnFile> items) {
    }

    @Inject
    ConsentService consents;

    @GET
    @Operation(summary = "The client's current decisions (latest per kind) and the whole history (clinical)")
    @APIResponse(responseCode = "403", description = "Not on the client's care team; the refusal is audited")
    public ClientConsents list(@PathParam("clientId") String clientId) {
        return consents.ofClient(Rest.id("Client", clientId));
    }

    @GET
    @Path("on-file")
    @RolesAllowed({Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
    @Operation(summary = "Per kind, whether a consent is on file (for PARTNER_SHARING: a choice is recorded, not which)")
    public OnFileList onFile(@PathParam("clientId") String clientId) {
        return new OnFileList(consents.onFile(Rest.id("Client", clientId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a decision: {kind, version (of the wording read), decision, email, sms}; the "
            + "caller is the witness")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Unknown version, or a decision that does not fit the kind")
    public Response record(@PathParam("clientId") String clientId, ConsentRequest request) {
        RecordView r = consents.record(Rest.id("Client", clientId), request);
        return Response.status(201).entity(r).build();
    }

    @POST
    @Path("{kind}/withdraw")
    @Operation(summary = "Withdraw the current consent of a kind (PARTNER_SHARING: records DO_NOT_SHARE)")
    @APIResponse(responseCode = "201", description = "The withdrawal, recorded as a new row")
    public Response withdraw(@PathParam("clientId") String clientId, @PathParam("kind") String kind) {
        ConsentKind k;
        try {
            k = ConsentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind",
                    "kind is one of TREATMENT, PRIVACY_AND_LIMITS, ELECTRONIC_COMMUNICATION, PARTNER_SHARING.");
        }
        return Response.status(201).entity(consents.withdraw(Rest.id("Client", clientId), k)).build();
    }
}
