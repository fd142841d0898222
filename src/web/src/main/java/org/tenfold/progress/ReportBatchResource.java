package org.tenfold.progress;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tenfold.api.Rest;
import org.tenfold.platform.InvalidInputException;
import org.tenfold.progress.ProgressReportViews.BatchView;
import org.tenfold.staff.Roles;

/** A counsellor's monthly drafts, made in the background; poll the batch for its progress. */
@Path("/progress-report-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress reports")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK, Roles.COUNSELLOR, Roles.SUPERVISOR})
public class ReportBatchResource {

    /** {from, to}: both optional, last calendar month by default. */
    public static class Period {
        public String from;
        public String to;
    }

    @Inject
    ProgressReportBatchService batches;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start drafts for all the caller's active clients over the period (default: last month); "
            + "202 with the batch to poll")
    public Response start(Period period) {
        Period p = period == null ? new Period() : period;
        Map<String, String> errors = new LinkedHashMap<>();
        var from = ReportApi.date(p.from, "from", errors);
        var to = ReportApi.date(p.to, "to", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        BatchView b = batches.start(from, to);
        return Response.accepted(b).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A batch the caller started: counts and percent done")
    public BatchView get(@PathParam("id") String id) {
        return batches.get(Rest.id("Report batch", id));
    }
}
