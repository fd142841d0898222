package org.tenfold.care;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.care.CareViews.StaffRef;
import org.tenfold.care.SupervisionService;
import org.tenfold.staff.Roles;

/** Who a supervisor supervises, for administrators. */
@Path("/staff/{staffId}/supervisees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff (administrators)")
@RolesAllowed(Roles.ADMIN)
public class SuperviseesResource {

    /** The supervised counsellors. */
    public record StaffList(List<StaffRef> items) {
    }

    @Inject
    SupervisionService supervision;

    @GET
    @Operation(summary = "The counsellors this supervisor supervises")
    public StaffList list(@PathParam("staffId") String staffId) {
        return new StaffList(supervision.supervisees(Rest.id("Staff member", staffId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the counsellors this supervisor supervises: a JSON array of staff ids")
    public StaffList replace(@PathParam("staffId") String staffId, List<Long> counsellorIds) {
        return new StaffList(supervision.setSupervisees(Rest.id("Staff member", staffId),
                counsellorIds == null ? List.of() : counsellorIds));
    }
}
