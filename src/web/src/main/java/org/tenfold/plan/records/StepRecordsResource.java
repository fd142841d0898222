package org.tenfold.plan.records;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.plan.records.StepRecordViews.StepRecordsView;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.staff.Roles;

/** All step records of a case at once, for clinicians or in the version for clients. */
@Path("/cases/{caseId}/step-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Step records")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class StepRecordsResource {

    @Inject
    StepRecordsService stepRecords;

    @GET
    @Operation(summary = "Members, boundaries (4), milestones (7), education (8) and self-care (9) of the case, with "
            + "which fields are clinician-only; audience=client leaves those out, as a client's PDF does")
    public StepRecordsView get(@PathParam("caseId") String caseId, @QueryParam("audience") String audience) {
        long id = Rest.id("Case", caseId);
        if (audience == null || audience.isBlank() || audience.equalsIgnoreCase("clinician")) {
            return stepRecords.get(id);
        }
        if (audience.equalsIgnoreCase("client")) {
            return stepRecords.forClients(id);
        }
        throw new InvalidInputException("audience", "The audience is clinician (the default) or client.");
    }
}
